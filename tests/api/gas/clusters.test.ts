import { beforeAll, describe, expect, test } from 'vitest';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { hazardInput, venuesOf } from './gasHelpers';

const city = 'bbox=100,34,104,38';

/** Hazards represented by a cluster answer: each cluster's point_count plus one per leaf. */
const represented = (fc: any) => fc.features.reduce((n: number, f: any) => n + (f.properties.cluster ? f.properties.point_count : 1), 0);

describe.each(testDatabases)('gas hazard clusters on %s', (kind) => {
  let app: TestApp;
  let official: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    official = await app.login('official');
  });

  test('the city-wide answer represents every hazard of the list, with counts by severity and status', async () => {
    const list = await official.get('/api/gas/hazards?limit=1');
    const r = await official.get(`/api/gas/hazards/clusters?${city}&zoom=6`);
    expect(r.status).toBe(200);
    expect(r.body.type).toBe('FeatureCollection');
    expect(r.body.total).toBe(list.body.total);
    expect(represented(r.body)).toBe(list.body.total);
    // Far fewer features than hazards when zoomed out, and never more than the cap.
    expect(r.body.features.length).toBeLessThan(list.body.total);
    expect(r.body.features.length).toBeLessThanOrEqual(3000);
    for (const f of r.body.features.filter((x: any) => x.properties.cluster)) {
      const p = f.properties;
      expect(p.general + p.major).toBe(p.point_count);
      expect(p.found + p.rectifying + p.rectified + p.verified).toBe(p.point_count);
      expect(p.overdue).toBeLessThanOrEqual(p.found + p.rectifying);
    }
  });

  test('filters are the list\'s: majors only, overdue only', async () => {
    for (const q of ['severity=major', 'overdue=true', 'status=verified&district=630222']) {
      const list = await official.get(`/api/gas/hazards?${q}&limit=1`);
      const r = await official.get(`/api/gas/hazards/clusters?${city}&zoom=7&${q}`);
      expect(r.status, q).toBe(200);
      expect(represented(r.body), q).toBe(list.body.total);
    }
    const majors = await official.get(`/api/gas/hazards/clusters?${city}&zoom=7&severity=major`);
    for (const f of majors.body.features) {
      if (f.properties.cluster) expect(f.properties.general).toBe(0);
      else expect(f.properties.severity).toBe('major');
    }
  });

  test('at high zoom the answer is single hazards with id, severity, status, overdue and outsideRound', async () => {
    const one = (await official.get('/api/gas/hazards?district=630222&limit=1')).body.features[0];
    const [x, y] = one.geometry.coordinates;
    const r = await official.get(`/api/gas/hazards/clusters?bbox=${x - 0.001},${y - 0.001},${x + 0.001},${y + 0.001}&zoom=17`);
    expect(r.status).toBe(200);
    const leaf = r.body.features.find((f: any) => f.properties.id === one.properties.id);
    expect(leaf?.properties).toEqual({ id: one.properties.id, severity: one.properties.severity, status: one.properties.status, overdue: one.properties.overdue, outsideRound: one.properties.outsideRound });
  });

  test('an area inspector\'s clusters hold only the own district; another district\'s filter is empty', async () => {
    const i3 = await app.login('inspector3');
    const own = await i3.get('/api/gas/hazards?limit=1');
    const r = await i3.get(`/api/gas/hazards/clusters?${city}&zoom=6`);
    expect(represented(r.body)).toBe(own.body.total);
    const leaves = await i3.get(`/api/gas/hazards/clusters?${city}&zoom=18`);
    const ownIds = new Set((await i3.get('/api/gas/hazards?limit=50000')).body.features.map((f: any) => f.properties.id));
    for (const f of leaves.body.features.filter((x: any) => !x.properties.cluster)) expect(ownIds.has(f.properties.id)).toBe(true);
    const i1 = await app.login('inspector1');
    const other = await i1.get(`/api/gas/hazards/clusters?${city}&zoom=6&district=630222`);
    expect(other.status).toBe(200);
    expect(other.body.features).toEqual([]);
  });

  test('a hazard recorded or moved in this process shows at once (cache invalidated)', async () => {
    const [venue] = await venuesOf(official, '630223', 1);
    const before = (await official.get(`/api/gas/hazards/clusters?${city}&zoom=6&district=630223&status=rectifying`)).body.total;
    const beforeAll = (await official.get(`/api/gas/hazards/clusters?${city}&zoom=6&district=630223`)).body.total;
    const created = await official.post('/api/gas/hazards', hazardInput(venue!));
    expect(created.status).toBe(201);
    expect((await official.get(`/api/gas/hazards/clusters?${city}&zoom=6&district=630223`)).body.total).toBe(beforeAll + 1);
    expect((await official.post(`/api/gas/hazards/${created.body.id}/transition`, { to: 'rectifying' })).status).toBe(200);
    expect((await official.get(`/api/gas/hazards/clusters?${city}&zoom=6&district=630223&status=rectifying`)).body.total).toBe(before + 1);
  });

  test('bad input is 400 naming the field; planners and education staff get 403', async () => {
    const noZoom = await official.get(`/api/gas/hazards/clusters?${city}`);
    expect(noZoom.status).toBe(400);
    expect(noZoom.body.error.field).toBe('zoom');
    const badBox = await official.get('/api/gas/hazards/clusters?bbox=100,34,99&zoom=5');
    expect(badBox.status).toBe(400);
    expect((await official.get(`/api/gas/hazards/clusters?${city}&zoom=5&severity=huge`)).body.error.field).toBe('severity');
    for (const who of ['planner', 'education']) expect((await (await app.login(who)).get(`/api/gas/hazards/clusters?${city}&zoom=5`)).status).toBe(403);
  });
});
