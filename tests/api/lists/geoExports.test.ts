import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { districtNames } from '../../../api/domain/geo/vocabulary';
import { DEMO_PASSWORD } from '../../../api/services/demo/demoAccounts';
import { getTestApp, testDatabases, type TestApp } from '../../helpers/testApp';

// GIS exports of the lists (issue 12): GeoPackage and zipped Shapefile read back by GDAL as a real
// client — the feature count of the list's filter, Chinese text intact, the CRS present — and an
// inspector's files hold only the own district.
const run = promisify(execFile);
const gdal = existsSync('/usr/bin/ogr2ogr') && existsSync('/usr/bin/ogrinfo');

interface Read {
  features: { properties: Record<string, unknown>; geometry: { type: string } }[];
  summary: string;
}

describe.runIf(gdal).each(testDatabases)('GeoPackage and Shapefile exports on %s', (kind) => {
  let app: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'geo-export-'));
  let n = 0;
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    app = await getTestApp(kind);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function download(user: string, path: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
    if (!cookies.has(user)) {
      const res = await fetch(`${app.baseUrl}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password: DEMO_PASSWORD }),
      });
      cookies.set(user, res.headers.get('set-cookie')!.split(';')[0]!);
    }
    const res = await fetch(app.baseUrl + path, { headers: { cookie: cookies.get(user)! } });
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
  }

  /** GDAL's reading of a file: every feature as GeoJSON (ogr2ogr) and the layer summary with its CRS (ogrinfo -so). */
  async function readWithGdal(file: string): Promise<Read> {
    const { stdout: summary } = await run('ogrinfo', ['-ro', '-so', '-al', file]);
    const { stdout } = await run('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', file], { maxBuffer: 256 * 1024 * 1024 });
    return { features: JSON.parse(stdout).features, summary };
  }

  async function gpkg(user: string, path: string): Promise<Read> {
    const r = await download(user, `${path}&format=gpkg`);
    expect(r.status, r.bytes.toString()).toBe(200);
    expect(r.type).toBe('application/geopackage+sqlite3');
    const file = join(dir, `${n++}.gpkg`);
    writeFileSync(file, r.bytes);
    return readWithGdal(file);
  }

  async function shapefile(user: string, path: string, layer: string): Promise<Read & { files: string[] }> {
    const r = await download(user, `${path}&format=shp`);
    expect(r.status, r.bytes.toString()).toBe(200);
    expect(r.type).toBe('application/zip');
    const out = join(dir, `shp${n++}`);
    const zip = await JSZip.loadAsync(r.bytes);
    for (const [name, entry] of Object.entries(zip.files)) {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, name), await entry.async('nodebuffer'));
    }
    return { ...(await readWithGdal(join(out, `${layer}.shp`))), files: readdirSync(out).sort() };
  }

  test('hazards of a filter: GeoPackage and Shapefile hold the list count, Chinese labels and text, dates, EPSG:4326', async () => {
    const official = await app.login('official');
    const filter = 'district=630222&severity=general';
    const list = await official.get(`/api/gas/hazards/table?${filter}&limit=1`);
    expect(list.body.total).toBeGreaterThan(0);

    const g = await gpkg('official', `/api/gas/hazards/table/export?${filter}`);
    expect(g.features).toHaveLength(list.body.total);
    expect(g.summary).toMatch(/WGS 84/);
    expect(g.summary).toMatch(/ID\["EPSG",4326\]|AUTHORITY\["EPSG","4326"\]/);
    expect(g.summary).toMatch(/Geometry: Point/);
    expect(g.summary).toMatch(/发现日期: Date/);
    expect(new Set(g.features.map((f) => f.properties['片区']))).toEqual(new Set([districtNames['630222'].zh]));
    expect(new Set(g.features.map((f) => f.properties['等级']))).toEqual(new Set(['一般隐患']));
    expect(g.features.every((f) => typeof f.properties['经度'] === 'number' && typeof f.properties['纬度'] === 'number')).toBe(true);

    const s = await shapefile('official', `/api/gas/hazards/table/export?${filter}`, 'hazards');
    expect(s.files).toEqual(['fields.csv', 'hazards.cpg', 'hazards.dbf', 'hazards.prj', 'hazards.shp', 'hazards.shx']);
    expect(s.features).toHaveLength(list.body.total);
    expect(s.summary).toMatch(/WGS.?84/);
    expect(s.summary).toMatch(/days_over: Real/);
    expect(new Set(s.features.map((f) => f.properties['district']))).toEqual(new Set([districtNames['630222'].zh]));
    expect(s.features.map((f) => f.properties['id']).sort()).toEqual(g.features.map((f) => f.properties['隐患编号']).sort());
    expect(s.features.every((f) => typeof f.properties['venue'] === 'string' && /[\u4e00-\u9fff]/.test(f.properties['venue'] as string))).toBe(true);
  });

  test("an inspector's hazard and venue files hold only the own district, as many as the own list", async () => {
    const inspector = await app.login('inspector3');
    const hazards = await inspector.get('/api/gas/hazards/table?limit=1');
    const venues = await inspector.get('/api/gas/venues/table?venueType=restaurant&limit=1');
    const own = new Set([districtNames['630222'].zh]);
    const h = await gpkg('inspector3', '/api/gas/hazards/table/export?sort=id');
    expect(h.features).toHaveLength(hazards.body.total);
    expect(new Set(h.features.map((f) => f.properties['片区']))).toEqual(own);
    const hs = await shapefile('inspector3', '/api/gas/hazards/table/export?sort=id', 'hazards');
    expect(hs.features).toHaveLength(hazards.body.total);
    expect(new Set(hs.features.map((f) => f.properties['district']))).toEqual(own);
    const v = await gpkg('inspector3', '/api/gas/venues/table/export?venueType=restaurant');
    expect(v.features).toHaveLength(venues.body.total);
    expect(new Set(v.features.map((f) => f.properties['片区']))).toEqual(own);
    const vs = await shapefile('inspector3', '/api/gas/venues/table/export?venueType=restaurant', 'venues');
    expect(vs.features).toHaveLength(venues.body.total);
    expect(new Set(vs.features.map((f) => f.properties['district']))).toEqual(own);
    expect(vs.summary).toMatch(/last_check: String/);
    // Another district asked for by name: nothing (the scope wins over the filter).
    const other = await gpkg('inspector3', '/api/gas/hazards/table/export?district=630202');
    expect(other.features).toHaveLength(0);
    expect((await download('planner', '/api/gas/hazards/table/export?format=gpkg')).status).toBe(403);
  });

  test("visits and catchments (no list of their own) export like OGC /items: same count and scope", async () => {
    const inspector = await app.login('inspector3');
    const items = await inspector.get('/api/ogc/collections/visits/items?limit=1&datetime=2020-01-01/..');
    expect(items.body.numberMatched).toBeGreaterThan(0);
    const v = await gpkg('inspector3', '/api/ogc/collections/visits/export?datetime=2020-01-01/..');
    expect(v.features).toHaveLength(items.body.numberMatched);
    expect(new Set(v.features.map((f) => f.properties['片区']))).toEqual(new Set(['630222']));
    expect(v.features.every((f) => /[\u4e00-\u9fff]/.test(String(f.properties['场所名称'])))).toBe(true);
    const vs = await shapefile('inspector3', '/api/ogc/collections/visits/export?datetime=2020-01-01/..', 'visits');
    expect(vs.features).toHaveLength(items.body.numberMatched);
    expect(new Set(vs.features.map((f) => f.properties['district']))).toEqual(new Set(['630222']));

    const education = await app.login('education');
    const all = await education.get('/api/ogc/collections/catchments/items?limit=1');
    const c = await gpkg('education', '/api/ogc/collections/catchments/export?level=primary');
    const primary = await education.get('/api/ogc/collections/catchments/items?limit=1&level=primary');
    expect(all.body.numberMatched).toBeGreaterThan(primary.body.numberMatched);
    expect(c.features).toHaveLength(primary.body.numberMatched);
    expect(c.summary).toMatch(/Geometry: (Multi )?Polygon/);
    expect(c.features.every((f) => /[\u4e00-\u9fff]/.test(String(f.properties['学校'])))).toBe(true);
    const cs = await shapefile('education', '/api/ogc/collections/catchments/export?level=primary', 'catchments');
    expect(cs.features).toHaveLength(primary.body.numberMatched);
    expect((await download('inspector3', '/api/ogc/collections/catchments/export?format=gpkg')).status).toBe(404);
  });

  test('parcels of a county: footprint polygons with their layers, in GeoPackage, Shapefile and GeoJSON', async () => {
    const planner = await app.login('planner');
    const list = await planner.get('/api/underground/parcels/table?county=630202&limit=1');
    expect(list.body.total).toBeGreaterThan(0);
    const g = await gpkg('planner', '/api/underground/parcels/table/export?county=630202');
    expect(g.features).toHaveLength(list.body.total);
    expect(g.summary).toMatch(/Geometry: (Multi )?Polygon/);
    expect(g.features.every((f) => /Polygon/.test(f.geometry.type))).toBe(true);
    expect(g.features.every((f) => f.properties['县区'] === districtNames['630202'].zh)).toBe(true);
    expect(g.features.some((f) => /^B\d+ [\d.]+–[\d.]+/.test(String(f.properties['分层埋深（米）'])))).toBe(true);
    const s = await shapefile('planner', '/api/underground/parcels/table/export?county=630202', 'parcels');
    expect(s.features).toHaveLength(list.body.total);
    expect(s.features.every((f) => /Polygon/.test(f.geometry.type))).toBe(true);
    expect(s.summary).toMatch(/layer_dep: String/);
    const geo = await planner.get('/api/underground/parcels/table/export?county=630202&format=geojson');
    expect(geo.body.features).toHaveLength(list.body.total);
    expect(geo.body.features.every((f: any) => /Polygon/.test(f.geometry.type))).toBe(true);
  });
});
