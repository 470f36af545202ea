import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { districtNames } from '../../../api/domain/geo/vocabulary';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

// GET /api/search (issue 11): one box across the role's scope; every kind keeps its list's access rule.
describe.each(testDatabases)('search on %s', (kind) => {
  let app: TestApp;
  let official: Client;
  const auditCount = async () =>
    Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from audit_log where action = 'search.cases'`))[0]!.n);
  beforeAll(async () => {
    app = await getTestApp(kind);
    official = await app.login('official');
  });

  test('a planner finds a parcel by its code, with its extent to fly to; no venue, hazard or case', async () => {
    const planner = await app.login('planner');
    const parcel = (await planner.get('/api/underground/parcels?limit=1')).body.features[0];
    const code: string = parcel.properties.code;
    const r = await planner.get(`/api/search?q=${encodeURIComponent(code)}`);
    expect(r.status).toBe(200);
    const hit = r.body.results.find((x: any) => x.kind === 'parcel' && x.id === parcel.properties.id);
    expect(hit.label).toContain(code);
    expect(hit.kindLabel).toBe('地块');
    const [w, s, e, n] = hit.place.bbox;
    expect(w).toBeLessThanOrEqual(e);
    expect(s).toBeLessThanOrEqual(n);
    const venueName = (await official.get('/api/gas/venues?limit=1')).body.features[0].properties.name;
    const other = await planner.get(`/api/search?q=${encodeURIComponent(venueName)}`);
    expect(other.body.results.filter((x: any) => ['venue', 'hazard', 'case', 'school'].includes(x.kind))).toEqual([]);
  });

  test("an inspector never finds another district's venue or hazard, and finds the own", async () => {
    const inspector = await app.login('inspector3');
    // A venue of 乐都 with a name no other venue has (placed where an existing 乐都 venue is).
    const [lon, lat] = (await official.get('/api/gas/venues?district=630202&limit=1')).body.features[0].geometry.coordinates;
    const name = `搜索测试餐馆${Math.random().toString(36).slice(2, 8)}`;
    const created = await official.post('/api/gas/venues', { name, venueType: 'restaurant', pipelineUserKind: 'non_residential', location: { lon, lat } });
    expect(created.status).toBe(201);
    const r = await inspector.get(`/api/search?q=${encodeURIComponent(name)}`);
    expect(r.status).toBe(200);
    expect(r.body.results.filter((x: any) => x.kind === 'venue')).toEqual([]);
    const byOfficial = (await official.get(`/api/search?q=${encodeURIComponent(name)}`)).body.results.filter((x: any) => x.kind === 'venue');
    expect(byOfficial.map((x: any) => [x.label, x.detail])).toEqual([[name, districtNames['630202'].zh]]);
    expect((await (await app.login('inspector1')).get(`/api/search?q=${encodeURIComponent(name)}`)).body.results.filter((x: any) => x.kind === 'venue')).toHaveLength(1);

    // And a 民和 venue of a unique name is found by the 民和 inspector (a point inside 民和县, outside the park).
    const ownName = `搜索测试民和${Math.random().toString(36).slice(2, 8)}`;
    const own = await official.post('/api/gas/venues', { name: ownName, venueType: 'restaurant', pipelineUserKind: 'non_residential', location: { lon: 102.7739, lat: 36.1294 } });
    expect(own.status).toBe(201);
    const mine = await inspector.get(`/api/search?q=${encodeURIComponent(ownName)}`);
    expect(mine.body.results.filter((x: any) => x.kind === 'venue').map((x: any) => x.label)).toEqual([ownName]);

    const leduHazard = (await official.get('/api/gas/hazards?district=630202&limit=1')).body.features[0].properties.id;
    const minheHazard = (await inspector.get('/api/gas/hazards?limit=1')).body.features[0].properties.id;
    expect((await inspector.get(`/api/search?q=${leduHazard}`)).body.results.filter((x: any) => x.kind === 'hazard')).toEqual([]);
    const found = (await inspector.get(`/api/search?q=%23${minheHazard}`)).body.results.filter((x: any) => x.kind === 'hazard');
    expect(found.map((x: any) => x.id)).toEqual([minheHazard]);
    expect(found[0].place.point).toHaveLength(2);
  });

  test('townships and villages are found by name for every role', async () => {
    const planner = await app.login('planner');
    const r = await planner.get(`/api/search?q=${encodeURIComponent('碾伯')}`);
    expect(r.body.results.some((x: any) => x.kind === 'township' && x.label.includes('碾伯'))).toBe(true);
  });

  test("education staff find a case by the ID number's last 4 characters: masked, audited; others find no case", async () => {
    const education = await app.login('education');
    const list = await education.get('/api/education/cases?limit=1');
    expect(list.body.cases.length).toBe(1);
    const c = list.body.cases[0];
    const suffix = (c.idNumberMasked as string).slice(-4);
    const before = await auditCount();
    const r = await education.get(`/api/search?q=${suffix}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    const hit = r.body.results.find((x: any) => x.kind === 'case' && x.id === c.id);
    expect(hit.label).toBe(`${c.nameMasked} ${c.idNumberMasked}`);
    expect(JSON.stringify(r.body)).not.toMatch(/\d{17}[\dX]/);
    expect(await auditCount()).toBe(before + 1);
    const byOfficial = await official.get(`/api/search?q=${suffix}`);
    expect(byOfficial.body.results.filter((x: any) => x.kind === 'case')).toEqual([]);
    expect(await auditCount()).toBe(before + 1);
  });

  test('an empty or overlong query is a 400 naming q; anonymous is 401', async () => {
    expect((await official.get('/api/search?q=%20')).body.error.field).toBe('q');
    expect((await official.get(`/api/search?q=${'x'.repeat(51)}`)).status).toBe(400);
    expect((await app.anon.get('/api/search?q=abc')).status).toBe(401);
  });
});
