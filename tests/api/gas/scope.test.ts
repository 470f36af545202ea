import { beforeAll, describe, expect, test } from 'vitest';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { ensureCityWideInspector, hazardInput, venuesOf } from './gasHelpers';

const countyOf: Record<string, string> = {
  inspector1: '630202',
  inspector2: '630203',
  inspector3: '630222',
  inspector4: '630223',
  inspector5: '630224',
  inspector6: '630225',
  inspector7: 'park',
};

const getPaths = [
  '/api/gas/hazards',
  '/api/gas/venues',
  '/api/gas/venues/clusters?bbox=100,34,104,38&zoom=5',
  '/api/gas/coverage',
  '/api/gas/safety-checks/due',
  '/api/gas/major-board',
  '/api/gas/groups',
  '/api/gas/campaigns',
  '/api/gas/reports/3/1',
  '/api/gas/reports/3/1/xlsx',
  '/api/gas/reports/3/1/docx',
];

describe.each(testDatabases)('gas scope on %s', (kind) => {
  let app: TestApp;
  let official: Client;
  let parkVenue: number;
  let minheVenue: number;
  let minheHazard: number;
  beforeAll(async () => {
    app = await getTestApp(kind);
    official = await app.login('official');
    [parkVenue] = await venuesOf(official, 'park', 1);
    [minheVenue] = await venuesOf(official, '630222', 1);
    const h = await official.get('/api/gas/hazards?district=630222&limit=1');
    minheHazard = h.body.features[0].properties.id;
  });

  test.each(['planner', 'education'])('%s gets 403 on every gas route and writes nothing', async (who) => {
    const c = await app.login(who);
    for (const path of getPaths) expect((await c.get(path)).status, path).toBe(403);
    expect((await c.get(`/api/gas/hazards/${minheHazard}`)).status).toBe(403);
    const before = (await official.get(`/api/gas/hazards?venueId=${minheVenue}`)).body.total;
    expect((await c.post('/api/gas/hazards', hazardInput(minheVenue))).status).toBe(403);
    expect((await c.post('/api/gas/visits', { venueId: minheVenue, inspectors: 'x' })).status).toBe(403);
    expect((await c.post(`/api/gas/hazards/${minheHazard}/transition`, { to: 'rectifying' })).status).toBe(403);
    expect((await c.put('/api/gas/reports/3/1', { sections: { practices: 'x' } })).status).toBe(403);
    expect((await official.get(`/api/gas/hazards?venueId=${minheVenue}`)).body.total).toBe(before);
  });

  test('anonymous requests get 401', async () => {
    expect((await app.anon.get('/api/gas/hazards')).status).toBe(401);
  });

  test.each(Object.entries(countyOf))('%s lists only venues, hazards, due checks and board rows of %s', async (user, district) => {
    const c = await app.login(user);
    const venues = await c.get('/api/gas/venues?limit=50000');
    expect(venues.status).toBe(200);
    expect(venues.body.total).toBeGreaterThan(0);
    expect(new Set(venues.body.features.map((f: any) => f.properties.districtCode))).toEqual(new Set([district]));
    const hazards = await c.get('/api/gas/hazards?limit=50000');
    expect(hazards.status).toBe(200);
    expect(hazards.body.features.every((f: any) => f.properties.districtCode === district)).toBe(true);
    const official = await (await app.login('official')).get(`/api/gas/hazards?district=${district}&limit=1`);
    expect(hazards.body.total).toBe(official.body.total);
    const due = await c.get('/api/gas/safety-checks/due?limit=5000');
    expect(due.body.items.every((v: any) => v.districtCode === district)).toBe(true);
    const board = await c.get('/api/gas/major-board');
    expect(board.body.items.every((v: any) => v.districtCode === district)).toBe(true);
    const coverage = await c.get('/api/gas/coverage');
    expect(coverage.body.rows.length).toBeGreaterThan(0);
    expect(coverage.body.rows.every((r: any) => r.district === district)).toBe(true);
    // Clusters over the whole city count exactly the inspector's venues.
    const clusters = await c.get('/api/gas/venues/clusters?bbox=100,34,104,38&zoom=3');
    const counted = clusters.body.features.reduce((n: number, f: any) => n + (f.properties.point_count ?? 1), 0);
    expect(counted).toBe(venues.body.total);
  });

  test('a park venue is invisible to the county groups, and 404 (as absent) to write at', async () => {
    for (const user of ['inspector1', 'inspector2', 'inspector4']) {
      const c = await app.login(user);
      expect((await c.get('/api/gas/venues?district=park')).body.total).toBe(0);
      expect((await c.get(`/api/gas/hazards?venueId=${parkVenue}`)).body.total).toBe(0);
      const r = await c.post('/api/gas/hazards', hazardInput(parkVenue));
      expect(r.status).toBe(404);
      expect(r.text).not.toContain('park');
      expect((await c.post('/api/gas/visits', { venueId: parkVenue, inspectors: '张某某' })).status).toBe(404);
    }
    const i7 = await app.login('inspector7');
    const ok = await i7.post('/api/gas/hazards', hazardInput(parkVenue));
    expect(ok.status).toBe(201);
    expect(ok.body.districtCode).toBe('park');
    expect(ok.body.groupNo).toBe(7);
  });

  test('another district\'s hazard is 404 to read and to move; its data never returned', async () => {
    const i1 = await app.login('inspector1');
    const r = await i1.get(`/api/gas/hazards/${minheHazard}`);
    expect(r.status).toBe(404);
    expect(r.text).not.toContain('630222');
    expect((await i1.post(`/api/gas/hazards/${minheHazard}/transition`, { to: 'rectifying' })).status).toBe(404);
    expect((await (await app.login('inspector3')).get(`/api/gas/hazards/${minheHazard}`)).status).toBe(200);
    expect((await official.get(`/api/gas/hazards/${minheHazard}`)).status).toBe(200);
  });

  test('reports: an inspector opens only the own group\'s; officials every group\'s', async () => {
    const i3 = await app.login('inspector3');
    expect((await i3.get('/api/gas/reports/3/1')).status).toBe(200);
    expect((await i3.get('/api/gas/reports/1/1')).status).toBe(404);
    expect((await i3.get('/api/gas/reports/1/1/xlsx')).status).toBe(404);
    expect((await i3.put('/api/gas/reports/1/1', { sections: { practices: 'x' } })).status).toBe(404);
    expect((await i3.get('/api/gas/reports/1/1/items')).status).toBe(404);
    expect((await i3.post('/api/gas/reports/1/1/items', { kind: 'suggestion', text: 'x' })).status).toBe(404);
    for (const g of [1, 7, 8, 9]) expect((await official.get(`/api/gas/reports/${g}/2`)).status).toBe(200);
  });

  test('only officials and admins create campaigns', async () => {
    const body = {
      id: `scope-${kind}`,
      document: '测试',
      title: '测试活动',
      issuedOn: '2015-01-01',
      rounds: [{ no: 1, nameZh: '一', nameEn: 'one', startsOn: '2015-01-02', endsOn: '2015-01-10', reportDueOn: '2015-01-10' }],
    };
    expect((await (await app.login('inspector3')).post('/api/gas/campaigns', body)).status).toBe(403);
    expect((await official.post('/api/gas/campaigns', body)).status).toBe(201);
    expect((await official.post('/api/gas/campaigns', body)).status).toBe(409);
    const list = await (await app.login('inspector3')).get('/api/gas/campaigns');
    expect(list.body.map((c: any) => c.id)).toContain(`scope-${kind}`);
  });

  test.each([8, 9] as const)('group %s inspectors read every district', async (groupNo) => {
    const c = await app.login(await ensureCityWideInspector(app, groupNo));
    const all = (await official.get('/api/gas/venues?limit=1')).body.total;
    expect((await c.get('/api/gas/venues?limit=1')).body.total).toBe(all);
    expect((await c.get(`/api/gas/hazards/${minheHazard}`)).status).toBe(200);
    const r = await c.post('/api/gas/hazards', hazardInput(parkVenue));
    expect(r.status).toBe(201);
    expect(r.body.groupNo).toBe(groupNo);
    // Moving a hazard stays with the group that owns it (hazardWorkflow).
    expect((await c.post(`/api/gas/hazards/${minheHazard}/transition`, { to: 'rectifying' })).status).toBeOneOf([403, 409]);
  });
});
