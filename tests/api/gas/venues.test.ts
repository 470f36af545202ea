import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

// Points checked against the boundaries: inside 民和县 (outside the park) and far outside Haidong;
// the park's point is an existing park venue's (the park polygon is synthetic).
const minhe = { lon: 102.7739, lat: 36.1294 };
const outside = { lon: 100.0, lat: 30.0 };

const venue = (location: { lon: number; lat: number }, over: Record<string, unknown> = {}) => ({
  name: `测试新场所-${Math.random().toString(36).slice(2, 8)}`,
  venueType: 'restaurant',
  pipelineUserKind: 'non_residential',
  lastSafetyCheckOn: '2025-06-01',
  address: '测试路1号',
  location,
  ...over,
});

describe.each(testDatabases)('POST /api/gas/venues on %s', (kind) => {
  let app: TestApp;
  let official: Client;
  const countVenues = async () => Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from gas_venues`))[0]!.n);
  const countAudit = async () => Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from audit_log where action = 'gas.venue.create'`))[0]!.n);
  beforeAll(async () => {
    app = await getTestApp(kind);
    official = await app.login('official');
  });

  test('an inspector registers a venue in the own district; district from the location; audited; listed and clustered at once', async () => {
    const i3 = await app.login('inspector3');
    const audits = await countAudit();
    const clustersBefore = (await i3.get('/api/gas/venues/clusters?bbox=100,34,104,38&zoom=5')).body.features.reduce((n: number, f: any) => n + (f.properties.point_count ?? 1), 0);
    const r = await i3.post('/api/gas/venues', venue(minhe, { districtCode: 'park' }));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ countyCode: '630222', districtCode: '630222', venueType: 'restaurant', lastSafetyCheckOn: '2025-06-01' });
    expect(r.body.lon).toBeCloseTo(minhe.lon, 6);
    expect(await countAudit()).toBe(audits + 1);
    const listed = await i3.get(`/api/gas/venues?q=${encodeURIComponent(r.body.name)}`);
    expect(listed.body.features.map((f: any) => f.properties.id)).toEqual([r.body.id]);
    const clustersAfter = (await i3.get('/api/gas/venues/clusters?bbox=100,34,104,38&zoom=5')).body.features.reduce((n: number, f: any) => n + (f.properties.point_count ?? 1), 0);
    expect(clustersAfter).toBe(clustersBefore + 1);
  });

  test('a point in the park belongs to the park (group 7), not to the county around it', async () => {
    const parkVenue = (await official.get('/api/gas/venues?district=park&limit=1')).body.features[0];
    const [lon, lat] = parkVenue.geometry.coordinates;
    const park = { lon, lat };
    const i7 = await app.login('inspector7');
    const r = await i7.post('/api/gas/venues', venue(park));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ countyCode: parkVenue.properties.countyCode, districtCode: 'park' });
    const before = await countVenues();
    const i2 = await app.login('inspector2');
    const denied = await i2.post('/api/gas/venues', venue(park));
    expect(denied.status).toBe(403);
    expect(denied.body.error.field).toBe('location');
    expect(await countVenues()).toBe(before);
  });

  test('inspectors of every other district get 403 and nothing is written; officials register anywhere', async () => {
    const before = await countVenues();
    const audits = await countAudit();
    for (const who of ['inspector1', 'inspector2', 'inspector4', 'inspector5', 'inspector6', 'inspector7']) {
      const r = await (await app.login(who)).post('/api/gas/venues', venue(minhe));
      expect(r.status, who).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
    expect(await countVenues()).toBe(before);
    expect(await countAudit()).toBe(audits);
    expect((await official.post('/api/gas/venues', venue(minhe))).status).toBe(201);
  });

  test('outside every district → 400 naming location; bad fields → 400 naming them; nothing written', async () => {
    const before = await countVenues();
    const out = await official.post('/api/gas/venues', venue(outside));
    expect(out.status).toBe(400);
    expect(out.body.error).toMatchObject({ code: 'outside_districts', field: 'location' });
    const cases: [Record<string, unknown>, string][] = [
      [{ venueType: 'casino' }, 'venueType'],
      [{ pipelineUserKind: 'maybe' }, 'pipelineUserKind'],
      [{ name: '  ' }, 'name'],
      [{ location: { lon: 200, lat: 36 } }, 'location.lon'],
      [{ location: { lon: 102.7 } }, 'location.lat'],
      [{ lastSafetyCheckOn: '2025-02-30' }, 'lastSafetyCheckOn'],
      [{ lastSafetyCheckOn: '2999-01-01' }, 'lastSafetyCheckOn'],
    ];
    for (const [over, field] of cases) {
      const r = await official.post('/api/gas/venues', venue(minhe, over));
      expect(r.status, field).toBe(400);
      expect(r.body.error.field, JSON.stringify(over)).toBe(field);
    }
    expect(await countVenues()).toBe(before);
  });

  test('planners and education staff get 403', async () => {
    for (const who of ['planner', 'education']) expect((await (await app.login(who)).post('/api/gas/venues', venue(minhe))).status).toBe(403);
  });
});
