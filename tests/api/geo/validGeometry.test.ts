import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { getTestApp, testDatabases, type TestApp } from '../../helpers/testApp';

/** Twice the signed area (shoelace): > 0 counter-clockwise, < 0 clockwise. */
const signedArea2 = (ring: number[][]) => ring.slice(0, -1).reduce((s, [x1, y1], i) => s + x1! * ring[i + 1]![1]! - ring[i + 1]![0]! * y1!, 0);

const polygonsOf = (g: { type: string; coordinates: any }): number[][][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

// The GeoJSON every role-appropriate layer sends, with the decimals it promises.
const outputs: { user: string; path: string; decimals: number }[] = [
  { user: 'official', path: '/api/geo/counties', decimals: 6 },
  { user: 'official', path: '/api/geo/townships', decimals: 6 },
  { user: 'official', path: '/api/geo/districts', decimals: 6 },
  { user: 'education', path: '/api/education/coverage/catchments', decimals: 6 },
  { user: 'planner', path: '/api/underground/parcels', decimals: 7 },
  { user: 'official', path: '/api/gas/venues?limit=200', decimals: 6 },
  { user: 'official', path: '/api/gas/hazards?limit=200', decimals: 6 },
];

describe.each(testDatabases)('valid geometry everywhere on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await getTestApp(kind);
  });

  test('every geometry column of every table holds only valid geometries (found from geometry_columns)', async () => {
    const columns = await queryRows<{ t: string; c: string }>(
      app.database.db,
      sql`select f_table_name as t, f_geometry_column as c from geometry_columns where f_table_schema = 'public' order by 1, 2`,
    );
    // Every table of the schema with a geometry is there (a new one joins this check by itself).
    expect(columns.map((r) => r.t)).toEqual(expect.arrayContaining(['counties', 'districts', 'townships', 'villages', 'edu_catchments', 'underground_parcels', 'gas_venues']));
    for (const { t, c } of columns) {
      const [row] = await queryRows<{ bad: number; n: number }>(
        app.database.db,
        sql`select count(*) filter (where not ST_IsValid(${sql.identifier(c)}))::int as bad, count(*)::int as n from ${sql.identifier(t)}`,
      );
      expect({ table: t, bad: Number(row!.bad) }).toEqual({ table: t, bad: 0 });
    }
  });

  test('the repaired counties still cover what they covered: a county-to-county ST_Intersects join runs (it threw a TopologyException before)', async () => {
    const rows = await queryRows<{ a: string; b: string }>(
      app.database.db,
      sql`select a.code as a, b.code as b from counties a join counties b on a.code < b.code and ST_Intersects(a.geom, b.geom) order by 1, 2`,
    );
    // 乐都 630202 and 平安 630203 share a border.
    expect(rows).toContainEqual({ a: '630202', b: '630203' });
  });

  test('an invalid polygon (a bow-tie) is refused by the CHECK, nothing written', async () => {
    const bowtie = 'MULTIPOLYGON(((102 36.5,102.1 36.6,102.1 36.5,102 36.6,102 36.5)))';
    await expect(
      queryRows(app.database.db, sql`insert into districts (code, name, synthetic, geom) values ('bowtie', 'x', true, ST_GeomFromText(${bowtie}, 4326))`),
    ).rejects.toThrow();
    const [row] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from districts where code = 'bowtie'`);
    expect(Number(row!.n)).toBe(0);
  });

  test.each(outputs)('$path is RFC 7946: exterior rings CCW, holes CW, rounded within $decimals decimals, and still valid', async ({ user, path, decimals: places }) => {
    const c = await app.login(user);
    const r = await c.get(path);
    expect(r.status, r.text).toBe(200);
    const features = r.body.features as { geometry: { type: string; coordinates: any } }[];
    expect(features.length).toBeGreaterThan(0);
    for (const f of features) {
      for (const [exterior, ...holes] of polygonsOf(f.geometry)) {
        expect(signedArea2(exterior!)).toBeGreaterThan(0);
        for (const h of holes) expect(signedArea2(h)).toBeLessThan(0);
      }
      const flat = JSON.stringify(f.geometry.coordinates).match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
      expect(Math.max(...flat.map(decimals))).toBeLessThanOrEqual(places);
    }
    // The rounded shapes as sent are valid too (plain rounding made one catchment self-touch).
    const [row] = await queryRows<{ bad: number }>(
      app.database.db,
      sql`select count(*) filter (where not ST_IsValid(ST_GeomFromGeoJSON(g)))::int as bad
          from json_array_elements(${JSON.stringify(features.map((f) => f.geometry))}::json) g`,
    );
    expect(Number(row!.bad)).toBe(0);
  });

  test('a capped list says truncated with a next link that walks to the end', async () => {
    const c = await app.login('official');
    const first = await c.get('/api/gas/venues?limit=100');
    expect(first.body.truncated).toBe(true);
    expect(first.body.features).toHaveLength(100);
    expect(first.body.prev).toBeUndefined();
    const seen = new Set<number>(first.body.features.map((f: any) => f.id));
    let next: string | undefined = first.body.next;
    let pages = 1;
    while (next) {
      const page = await c.get(next);
      expect(page.status).toBe(200);
      expect(page.body.prev).toBeDefined();
      for (const f of page.body.features) seen.add(f.id);
      next = page.body.next;
      if (!next) expect(page.body.truncated).toBe(false);
      pages += 1;
    }
    expect(seen.size).toBe(first.body.total);
    expect(pages).toBe(Math.ceil(first.body.total / 100));
    const all = await c.get(`/api/gas/venues?limit=${first.body.total}`);
    expect(all.body.truncated).toBe(false);
    expect(all.body.next).toBeUndefined();
  });
});
