import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import proj4 from 'proj4';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { supportedCrs } from '../../../api/domain/geo/crs';
import { freshParcel, parcelFeature } from '../../helpers/accessFixtures';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

// Issue 12, imports: GeoPackage, CSV with WKT, the column-mapping step, and county/township
// derived from the footprint. Fixtures are written by GDAL's ogr2ogr (a real client) when present.

const run = promisify(execFile);
const gdal = existsSync('/usr/bin/ogr2ogr');
const zipTool = existsSync('/usr/bin/zip');
const mPerDeg = 111_320;

/** A 20 m square around lon/lat. */
function squareAt(lon: number, lat: number) {
  const dx = 10 / (mPerDeg * Math.cos((lat * Math.PI) / 180));
  const dy = 10 / mPerDeg;
  return { type: 'Polygon', coordinates: [[[lon - dx, lat - dy], [lon + dx, lat - dy], [lon + dx, lat + dy], [lon - dx, lat + dy], [lon - dx, lat - dy]]] };
}
/** A fresh parcel in 循化 (hills west of 积石镇), with no county given. */
const xunhuaParcel = (over: Record<string, unknown> = {}) => freshParcel({ countyCode: undefined, footprint: squareAt(102.40 + Math.random() * 0.08, 35.66 + Math.random() * 0.04), ...over });

const toGk = proj4('+proj=longlat +ellps=GRS80 +no_defs', supportedCrs.get(4543)!.proj4);
const gkFeature = (p: ReturnType<typeof freshParcel>) => {
  const f = parcelFeature(p);
  return { ...f, geometry: { type: 'Polygon', coordinates: [(p.footprint.coordinates[0] as number[][]).map(([x, y]) => toGk.forward([x!, y!]))] } };
};

describe.each(testDatabases)('parcel imports: formats, mapping and place on %s', (kind) => {
  let app: TestApp;
  let planner: Client;
  const dir = mkdtempSync(join(tmpdir(), 'imp-'));
  const count = async () => Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from underground_parcels`))[0]!.n);
  const stored = async (code: string, footprint: unknown) =>
    (await queryRows<{ d: number; county: string; township: string | null; name: string; pp: boolean; ts: string }>(
      app.database.db,
      sql`select ST_HausdorffDistance(footprint, ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(footprint)}), 4326)) as d, county_code as county,
            township_code as township, name, public_parking as pp, term_start::text as ts from underground_parcels where code = ${code}`,
    ))[0]!;
  const form = (bytes: Buffer | string, name: string, mapping?: Record<string, string>) => {
    const f = new FormData();
    f.set('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
    if (mapping) f.set('mapping', JSON.stringify(mapping));
    return f;
  };
  /** ogr2ogr from a GeoJSON file of these features (declared CRS) to `out` with the given options. */
  async function ogr(name: string, features: unknown[], epsg: number, out: string, args: string[]) {
    const src = join(dir, `${name}.geojson`);
    writeFileSync(src, JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${epsg}` } }, features }));
    await run('ogr2ogr', [...args, join(dir, out), src]);
    return join(dir, out);
  }
  beforeAll(async () => {
    app = await getTestApp(kind);
    planner = await app.login('planner');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.runIf(gdal)('a GeoPackage in EPSG:4543 lands where it belongs; county and township come from the footprint', async () => {
    const p = xunhuaParcel();
    const f = gkFeature(p);
    const path = await ogr('gk', [{ ...f, properties: { ...f.properties, publicParking: 1, termStart: '2024/06/01' } }], 4543, 'gk.gpkg', ['-f', 'GPKG']);
    const r = await planner.send('POST', '/api/underground/parcels/import', form(readFileSync(path), 'survey.gpkg'));
    expect(r.status, r.text).toBe(200);
    expect(r.body.imported).toBe(1);
    const row = await stored(p.code, p.footprint);
    expect(Number(row.d)).toBeLessThan(1e-7);
    expect(row).toMatchObject({ county: '630225', pp: true, ts: '2024-06-01' });
    expect(row.township).toMatch(/^630225\d{3}$/);
    const [t] = await queryRows<{ inside: boolean }>(app.database.db, sql`select ST_Intersects(t.geom, ST_PointOnSurface(p.footprint)) as inside from underground_parcels p join townships t on t.code = p.township_code where p.code = ${p.code}`);
    expect(t!.inside).toBe(true);
    // Fees follow the derived county: 循化 is outside the central city (95号 Art. 33).
    const [{ id }] = await queryRows<{ id: number }>(app.database.db, sql`select id from underground_parcels where code = ${p.code}`);
    const detail = await planner.get(`/api/underground/parcels/${id}`);
    expect(detail.body).toMatchObject({ countyCode: '630225', referenceOnly: true });
  });

  test.runIf(gdal)('a GeoPackage with no feature table and a file that is not SQLite are refused in words; nothing written', async () => {
    const before = await count();
    writeFileSync(join(dir, 'attrs.csv'), 'code,name\nA,B\n');
    await run('ogr2ogr', ['-f', 'GPKG', join(dir, 'attrs.gpkg'), join(dir, 'attrs.csv')]);
    const attrs = await planner.send('POST', '/api/underground/parcels/import', form(readFileSync(join(dir, 'attrs.gpkg')), 'attrs.gpkg'));
    expect(attrs.status).toBe(400);
    expect(attrs.body.error.code).toBe('gpkg_no_features');
    expect(attrs.body.error.message).toContain('没有要素表');
    const junk = await planner.send('POST', '/api/underground/parcels/import', 'not a database at all'.repeat(20), { 'content-type': 'application/geopackage+sqlite3', 'accept-language': 'en' });
    expect(junk.status).toBe(400);
    expect(junk.body.error.code).toBe('import_unreadable');
    expect(junk.body.error.message).toMatch(/not an SQLite database/);
    expect(await count()).toBe(before);
  });

  test.runIf(gdal)('an ogr2ogr CSV with a WKT column and YYYY/MM/DD dates imports', async () => {
    const p = freshParcel({ countyCode: undefined });
    const f = parcelFeature(p);
    const path = await ogr('wkt', [{ ...f, properties: { ...f.properties, termStart: '2024/06/01', surfaceAllocated: '否' } }], 4326, 'wkt.csv', ['-f', 'CSV', '-lco', 'GEOMETRY=AS_WKT']);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^"?WKT"?,/);
    const r = await planner.send('POST', '/api/underground/parcels/import', text, { 'content-type': 'text/csv' });
    expect(r.status, r.text).toBe(200);
    const row = await stored(p.code, p.footprint);
    expect(Number(row.d)).toBeLessThan(1e-7);
    expect(row).toMatchObject({ county: '630222', ts: '2024-06-01' });
  });

  test.runIf(gdal && zipTool)('the mapping step: a Shapefile with cut, foreign column names and 是/否 flags imports once mapped', async () => {
    const p = xunhuaParcel();
    const f = gkFeature(p);
    const { code, name, publicParking, termStart, ...rest } = f.properties as Record<string, unknown>;
    void publicParking;
    const props = { ...rest, DKBH: code, DKMC_parcel_name: name, public_parking_flag: '是', start_date_of_term: '2024/03/01', termStart: undefined };
    void termStart;
    mkdirSync(join(dir, 'mapped'));
    await ogr('mapped', [{ ...f, properties: props }], 4543, 'mapped/parcels.shp', ['-f', 'ESRI Shapefile', '-lco', 'ENCODING=UTF-8']);
    await run('zip', ['-j', '-q', join(dir, 'mapped.zip'), ...['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => join(dir, 'mapped', `parcels.${e}`)).filter(existsSync)]);
    const zip = readFileSync(join(dir, 'mapped.zip'));
    const columns = await planner.send('POST', '/api/underground/parcels/import/columns', form(zip, 'mapped.zip'));
    expect(columns.status, columns.text).toBe(200);
    expect(columns.body.columns).toEqual(expect.arrayContaining(['DKBH', 'DKMC_parce', 'public_par', 'start_date', 'surfaceAll']));
    expect(columns.body.guessed).toMatchObject({ surfaceAll: 'surfaceAllocated', surfaceUni: 'surfaceUnitPrice' });
    const before = await count();
    const unmapped = await planner.send('POST', '/api/underground/parcels/import', form(zip, 'mapped.zip'));
    expect(unmapped.status).toBe(400);
    const wrong = await planner.send('POST', '/api/underground/parcels/import', form(zip, 'mapped.zip', { code: 'NOPE' }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('mapping.code');
    expect(await count()).toBe(before);
    const mapping = { code: 'DKBH', name: 'DKMC_parce', publicParking: 'public_par', termStart: 'start_date' };
    const r = await planner.send('POST', '/api/underground/parcels/import', form(zip, 'mapped.zip', mapping));
    expect(r.status, r.text).toBe(200);
    const row = await stored(p.code, p.footprint);
    expect(Number(row.d)).toBeLessThan(1e-7);
    expect(row).toMatchObject({ name: p.name, pp: true, ts: '2024-03-01', county: '630225' });
  });

  test('a county code that disagrees with the footprint is refused naming both; outside Haidong refused; on create, update and import', async () => {
    const before = await count();
    const p = xunhuaParcel({ countyCode: '630202' });
    const created = await planner.post('/api/underground/parcels', p);
    expect(created.status).toBe(400);
    expect(created.body.error.code).toBe('county_mismatch');
    expect(created.body.error.message).toContain('宗地位于循化撒拉族自治县，但填写的是乐都区（630202）');
    const outside = await planner.post('/api/underground/parcels', freshParcel({ footprint: squareAt(103.0, 37.0) }));
    expect(outside.status).toBe(400);
    expect(outside.body.error.code).toBe('outside_haidong');
    const imported = await planner.send('POST', '/api/underground/parcels/import', JSON.stringify({ type: 'FeatureCollection', features: [parcelFeature(xunhuaParcel()), parcelFeature(p)] }), { 'content-type': 'application/geo+json' });
    expect(imported.status, imported.text).toBe(400);
    expect(imported.body.error.code, imported.text).toBe('import_invalid');
    expect(imported.body.error.details.rows[0].ok).toBe(true);
    expect(imported.body.error.details.rows[1]).toMatchObject({ ok: false, field: 'countyCode' });
    expect(imported.body.error.details.rows[1].message).toContain('乐都区（630202）');
    expect(await count()).toBe(before);
    // Update: a stored 循化 parcel cannot be recoded to 乐都.
    const ok = xunhuaParcel({ countyCode: '630225' });
    const made = await planner.post('/api/underground/parcels', ok);
    expect(made.status, made.text).toBe(201);
    expect(made.body.countyCode).toBe('630225');
    const recoded = await planner.put(`/api/underground/parcels/${made.body.id}`, { ...ok, countyCode: '630202' });
    expect(recoded.status).toBe(400);
    expect(recoded.body.error.message).toContain('循化撒拉族自治县');
  });

  test('a number that JSON reads as Infinity (1e999) is no parcel code: refused naming the field, nothing written', async () => {
    const before = await count();
    const f = parcelFeature(xunhuaParcel());
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ ...f, properties: { ...f.properties, code: 0 } }] }).replace('"code":0', '"code":1e999');
    const r = await planner.send('POST', '/api/underground/parcels/import', text, { 'content-type': 'application/geo+json' });
    expect(r.status, r.text).toBe(400);
    expect(JSON.stringify(r.body.error.details.rows)).toContain('code');
    expect(await count()).toBe(before);
  });
});
