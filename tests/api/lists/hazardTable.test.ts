import { area } from '@turf/turf';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCsvRows } from '../../../api/domain/shared/csv';
import { districtNames } from '../../../api/domain/geo/vocabulary';
import { hazardStatusLabels, severityLabels } from '../../../api/domain/gas/vocabulary';
import { DEMO_PASSWORD } from '../../../api/services/demo/demoAccounts';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

// The hazard list tied to the map (issue 11): the same scope and filter as GET /api/gas/hazards,
// sorted and paged, and its export holds exactly the filtered set with labels, not codes.
describe.each(testDatabases)('hazard table on %s', (kind) => {
  let app: TestApp;
  let official: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    official = await app.login('official');
  });

  test('a filtered, sorted page: same total as the map filter, labels in Chinese, days overdue descending', async () => {
    const filter = 'severity=general&overdue=true';
    const map = await official.get(`/api/gas/hazards?${filter}&limit=1`);
    const r = await official.get(`/api/gas/hazards/table?${filter}&sort=daysOverdue&dir=desc&limit=7`);
    expect(r.status).toBe(200);
    expect(map.body.total).toBeGreaterThan(7);
    expect(r.body.total).toBe(map.body.total);
    expect(r.body.rows).toHaveLength(7);
    expect(r.body.columns.map((c: any) => c.label)).toContain('逾期天数');
    const days = r.body.rows.map((row: any) => row.cells.daysOverdue as number);
    expect(days.every((d: number) => d > 0)).toBe(true);
    expect([...days].sort((a, b) => b - a)).toEqual(days);
    for (const row of r.body.rows) {
      expect(row.cells.severity).toBe(severityLabels.general.zh);
      expect([hazardStatusLabels.found.zh, hazardStatusLabels.rectifying.zh]).toContain(row.cells.status);
      expect(row.place.point).toHaveLength(2);
    }
    const next = await official.get(`/api/gas/hazards/table?${filter}&sort=daysOverdue&dir=desc&limit=7&offset=7`);
    expect(next.body.rows[0].cells.daysOverdue).toBeLessThanOrEqual(days.at(-1));
    expect(next.body.rows.map((x: any) => x.id)).not.toContain(r.body.rows[0].id);
  });

  test('an unknown sort key falls back to the deadline; a bad direction is a 400 naming the field', async () => {
    const r = await official.get('/api/gas/hazards/table?sort=nonsense&limit=3');
    expect(r.body.sort).toBe('deadline');
    const bad = await official.get('/api/gas/hazards/table?dir=up');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('dir');
  });

  test('CSV, XLSX and GeoJSON exports equal the filtered list, in its order, in the request language', async () => {
    const filter = 'district=630222&sort=id&dir=asc';
    const list = await official.get(`/api/gas/hazards/table?${filter}&limit=500`);
    expect(list.body.total).toBeGreaterThan(0);
    expect(list.body.total).toBeLessThanOrEqual(500);
    const ids = list.body.rows.map((r: any) => String(r.id));

    const csv = await official.get(`/api/gas/hazards/table/export?${filter}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = parseCsvRows(csv.text);
    expect(rows[0]).toEqual(list.body.columns.map((c: any) => c.label));
    expect(rows.slice(1).map((r) => r[0])).toEqual(ids);
    expect(rows.slice(1).every((r) => r[2] === districtNames['630222'].zh)).toBe(true);

    const en = await official.get(`/api/gas/hazards/table/export?${filter}&format=csv`, { 'accept-language': 'en' });
    const enRows = parseCsvRows(en.text);
    expect(enRows[0]).toContain('Days overdue');
    expect(enRows[1]).toContain(districtNames['630222'].en);

    const xlsx = await fetch(`${app.baseUrl}/api/gas/hazards/table/export?${filter}&format=xlsx`, { headers: { cookie: await loginCookie(app, 'official') } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(ids.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('隐患编号');
    expect(Array.from({ length: ids.length }, (_, i) => String(sheet.getRow(i + 2).getCell(1).value))).toEqual(ids);

    const geo = await official.get(`/api/gas/hazards/table/export?${filter}&format=geojson`);
    expect(geo.body.features.map((f: any) => String(f.id))).toEqual(ids);
    expect(geo.body.features[0].properties['片区']).toBe(districtNames['630222'].zh);
  });

  test("an inspector's list and export hold only the own district", async () => {
    const inspector = await app.login('inspector3');
    const map = await inspector.get('/api/gas/hazards?limit=1');
    const list = await inspector.get('/api/gas/hazards/table?limit=500');
    expect(list.body.total).toBe(map.body.total);
    expect(new Set(list.body.rows.map((r: any) => r.cells.district))).toEqual(new Set([districtNames['630222'].zh]));
    const other = await inspector.get('/api/gas/hazards/table?district=630202');
    expect(other.body.total).toBe(0);
    const csv = await inspector.get('/api/gas/hazards/table/export?format=csv');
    expect(parseCsvRows(csv.text)).toHaveLength(map.body.total + 1);
    expect((await (await app.login('planner')).get('/api/gas/hazards/table')).status).toBe(403);
  });
});

/** A session cookie of `username`, for binary downloads read with fetch. */
export async function loginCookie(app: TestApp, username: string): Promise<string> {
  const res = await fetch(`${app.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

describe.each(testDatabases)('parcel table on %s', (kind) => {
  test("the planner's list pages and sorts the map's filter; its CSV holds exactly that set", async () => {
    const app = await getTestApp(kind);
    const planner = await app.login('planner');
    const map = await planner.get('/api/underground/parcels?county=630202&limit=1');
    const page = await planner.get('/api/underground/parcels/table?county=630202&sort=feeTotal&dir=desc&limit=5');
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(map.body.total);
    const fees = page.body.rows.map((r: any) => r.cells.feeTotal as number);
    expect([...fees].sort((a, b) => b - a)).toEqual(fees);
    expect(page.body.rows[0].cells.county).toBe(districtNames['630202'].zh);
    expect(page.body.rows[0].place.bbox).toHaveLength(4);
    const csv = parseCsvRows((await planner.get('/api/underground/parcels/table/export?county=630202&sort=feeTotal&dir=desc&format=csv')).text);
    expect(csv).toHaveLength(map.body.total + 1);
    expect(csv.slice(1, 6).map((r) => r[0])).toEqual(page.body.rows.map((r: any) => r.cells.code));
    expect((await (await app.login('inspector1')).get('/api/underground/parcels/table')).status).toBe(403);
  });

  test('the GeoJSON export holds the filtered parcels as their footprint polygons, in the list order', async () => {
    const app = await getTestApp(kind);
    const planner = await app.login('planner');
    const page = await planner.get('/api/underground/parcels/table?county=630202&sort=code&dir=asc&limit=500');
    const geo = await planner.get('/api/underground/parcels/table/export?county=630202&sort=code&dir=asc&format=geojson');
    expect(geo.status).toBe(200);
    expect(geo.body.features.map((f: any) => f.id)).toEqual(page.body.rows.map((r: any) => r.id));
    for (const [i, f] of geo.body.features.entries()) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      expect(f.properties['地块编号']).toBe(page.body.rows[i].cells.code);
      // The polygon spans the row's extent (the place a row click flies to).
      const [w, s, e, n] = page.body.rows[i].place.bbox;
      const xs = (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()).flat();
      expect(Math.min(...xs.map((p: number[]) => p[0]))).toBeCloseTo(w, 5);
      expect(Math.max(...xs.map((p: number[]) => p[1]))).toBeCloseTo(n, 5);
      expect(Math.max(...xs.map((p: number[]) => p[0]))).toBeCloseTo(e, 5);
      expect(Math.min(...xs.map((p: number[]) => p[1]))).toBeCloseTo(s, 5);
    }
  });
});

describe.each(testDatabases)('venue table on %s', (kind) => {
  test("an inspector's venue list and its GeoJSON export hold exactly the own district's filtered venues", async () => {
    const app = await getTestApp(kind);
    const inspector = await app.login('inspector3');
    const map = await inspector.get('/api/gas/venues?venueType=restaurant&limit=1');
    const page = await inspector.get('/api/gas/venues/table?venueType=restaurant&sort=openHazards&dir=desc&limit=500');
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(map.body.total);
    expect(page.body.total).toBeGreaterThan(0);
    const open = page.body.rows.map((r: any) => r.cells.openHazards as number);
    expect([...open].sort((a, b) => b - a)).toEqual(open);
    expect(new Set(page.body.rows.map((r: any) => r.cells.district))).toEqual(new Set([districtNames['630222'].zh]));
    const geo = await inspector.get('/api/gas/venues/table/export?venueType=restaurant&sort=openHazards&dir=desc&format=geojson');
    expect(geo.body.features.map((f: any) => f.id)).toEqual(page.body.rows.map((r: any) => r.id));
    expect(geo.body.features[0].properties['场所类型']).toBe(page.body.rows[0].cells.venueType);
  });
});

describe.each(testDatabases)('conflict table on %s', (kind) => {
  test('the 3D-conflict list holds every conflict of GET /conflicts, sorted by overlap; its CSV the same rows', async () => {
    const app = await getTestApp(kind);
    const planner = await app.login('planner');
    const all = await planner.get('/api/underground/conflicts');
    const page = await planner.get('/api/underground/conflicts/table?sort=overlap&dir=desc&limit=500');
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(all.body.total);
    const overlaps = page.body.rows.map((r: any) => r.cells.overlap as number);
    expect([...overlaps].sort((a, b) => b - a)).toEqual(overlaps);
    expect(new Set(page.body.rows.map((r: any) => r.id))).toEqual(new Set(all.body.conflicts.map((c: any) => `${c.a.id}-${c.b.id}`)));
    const csv = parseCsvRows((await planner.get('/api/underground/conflicts/table/export?sort=overlap&dir=desc&format=csv')).text);
    expect(csv).toHaveLength(all.body.total + 1);
    expect(csv.slice(1).map((r) => r[0])).toEqual(page.body.rows.map((r: any) => r.cells.a));
  });

  test('the GeoJSON export gives each conflict as the polygon where the two footprints overlap, of the listed area', async () => {
    const app = await getTestApp(kind);
    const planner = await app.login('planner');
    const page = await planner.get('/api/underground/conflicts/table?sort=overlap&dir=desc&limit=500');
    expect(page.body.total).toBeGreaterThan(0);
    const geo = await planner.get('/api/underground/conflicts/table/export?sort=overlap&dir=desc&format=geojson');
    expect(geo.status).toBe(200);
    expect(geo.body.features.map((f: any) => f.id)).toEqual(page.body.rows.map((r: any) => r.id));
    for (const [i, f] of geo.body.features.entries()) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      const listed = page.body.rows[i].cells.overlap as number;
      expect(Math.abs(area(f) - listed)).toBeLessThanOrEqual(0.01 * listed + 0.5);
    }
  });
});
