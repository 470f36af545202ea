import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../db/client';
import { freshParcel, sessionOf } from '../helpers/accessFixtures';
import { getTestApp, testDatabases, type TestApp } from '../helpers/testApp';

/** Twice the signed area (shoelace): > 0 counter-clockwise, < 0 clockwise. */
const signedArea2 = (ring: number[][]) => ring.slice(0, -1).reduce((s, [x1, y1], i) => s + x1! * ring[i + 1]![1]! - ring[i + 1]![0]! * y1!, 0);

describe.each(testDatabases)('RFC 7946 winding on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await getTestApp(kind);
  });

  test('a clockwise exterior ring (and counter-clockwise hole) is accepted and stored rewound: exterior CCW, hole CW', async () => {
    const planner = await sessionOf(app, 'planner');
    const base = freshParcel();
    const [outer] = base.footprint.coordinates as number[][][];
    const clockwise = [...outer!].reverse();
    expect(signedArea2(clockwise)).toBeLessThan(0);
    // A hole at half size around the centre, wound counter-clockwise (the wrong way for a hole).
    const [cx, cy] = [(outer![0]![0]! + outer![2]![0]!) / 2, (outer![0]![1]! + outer![2]![1]!) / 2];
    const hole = outer!.map(([x, y]) => [cx + (x! - cx) / 2, cy + (y! - cy) / 2]);
    expect(signedArea2(hole)).toBeGreaterThan(0);
    const r = await planner.post('/api/underground/parcels', { ...base, footprint: { type: 'Polygon', coordinates: [clockwise, hole] } });
    expect(r.status, r.text).toBe(201);
    const [row] = await queryRows<{ g: string }>(app.database.db, sql`select ST_AsGeoJSON(footprint) as g from underground_parcels where id = ${r.body.id}`);
    const stored = JSON.parse(row!.g) as { type: string; coordinates: number[][][][] };
    expect(stored.type).toBe('MultiPolygon');
    const [ext, inner] = stored.coordinates[0]!;
    expect(signedArea2(ext!)).toBeGreaterThan(0);
    expect(signedArea2(inner!)).toBeLessThan(0);
    // Same ring as sent, rewound not reshaped (ST_AsGeoJSON keeps 9 decimals: compare areas to 0.1 %).
    expect(Math.abs(signedArea2(ext!)) / Math.abs(signedArea2(clockwise))).toBeCloseTo(1, 3);
    expect(Math.abs(signedArea2(inner!)) / Math.abs(signedArea2(hole))).toBeCloseTo(1, 3);
  });
});
