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

// The CRS picker (issue 12): a file that declares no CRS is read in the CRS the user picks;
// a file's own declaration wins and a disagreeing pick is refused naming both.

const run = promisify(execFile);
const gdal = existsSync('/usr/bin/ogr2ogr') && existsSync('/usr/bin/zip');
const importUrl = '/api/underground/parcels/import';

/** A parcel's footprint in EPSG:4543 metres, as a surveyor sends it. */
function inGaussKruger(p: ReturnType<typeof freshParcel>) {
  const t = proj4('+proj=longlat +ellps=GRS80 +no_defs', supportedCrs.get(4543)!.proj4);
  const ring = (p.footprint.coordinates[0] as number[][]).map(([x, y]) => t.forward([x!, y!]));
  return { ...parcelFeature(p), geometry: { type: 'Polygon', coordinates: [ring] } };
}

describe.each(testDatabases)('parcel import with a picked CRS on %s', (kind) => {
  let app: TestApp;
  let planner: Client;
  const dir = mkdtempSync(join(tmpdir(), 'crs-pick-'));
  const count = async () => Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from underground_parcels`))[0]!.n);
  const distance = async (p: ReturnType<typeof freshParcel>) =>
    Number(
      (
        await queryRows<{ d: number }>(
          app.database.db,
          sql`select ST_HausdorffDistance(footprint, ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(p.footprint)}), 4326)) as d from underground_parcels where code = ${p.code}`,
        )
      )[0]!.d,
    );
  const form = (name: string, bytes: Uint8Array | string, fields: Record<string, string> = {}) => {
    const f = new FormData();
    f.set('file', new Blob([bytes as BlobPart]), name);
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    return f;
  };
  beforeAll(async () => {
    app = await getTestApp(kind);
    planner = await app.login('planner');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a GeoJSON without crs in EPSG:4543 metres: refused without a pick, lands in place with crs=EPSG:4543', async () => {
    const p = freshParcel();
    const file = JSON.stringify({ type: 'FeatureCollection', features: [inGaussKruger(p)] });
    const before = await count();
    const bare = await planner.send('POST', importUrl, form('survey.geojson', file), { 'accept-language': 'en' });
    expect(bare.status).toBe(400);
    expect(bare.body.error).toMatchObject({ code: 'crs_missing', field: 'crs' });
    expect(bare.body.error.message).toMatch(/pick the CRS/);
    expect(await count()).toBe(before);
    const columns = await planner.send('POST', `${importUrl}/columns`, form('survey.geojson', file, { crs: 'EPSG:4543' }));
    expect(columns.status, columns.text).toBe(200);
    expect(columns.body.geometryTypes).toEqual(['Polygon']);
    const picked = await planner.send('POST', importUrl, form('survey.geojson', file, { crs: 'EPSG:4543' }));
    expect(picked.status, picked.text).toBe(200);
    expect(picked.body.imported).toBe(1);
    expect(await distance(p)).toBeLessThan(1e-7);
  });

  test('crs=EPSG:9999 is a 400 naming the field by its label; nothing written', async () => {
    const file = JSON.stringify({ type: 'FeatureCollection', features: [inGaussKruger(freshParcel())] });
    const before = await count();
    const zh = await planner.send('POST', `${importUrl}?crs=EPSG:9999`, file, { 'content-type': 'application/geo+json' });
    expect(zh.status).toBe(400);
    expect(zh.body.error.field).toBe('crs');
    expect(zh.body.error.message).toContain('坐标系');
    expect(zh.body.error.message).toContain('EPSG:4543');
    const en = await planner.send('POST', importUrl, form('survey.geojson', file, { crs: 'EPSG:9999' }), { 'accept-language': 'en' });
    expect(en.status).toBe(400);
    expect(en.body.error.message).toContain('coordinate system');
    expect(await count()).toBe(before);
  });

  test('a file that declares its CRS wins: the same pick is fine, a different one is refused naming both', async () => {
    const p = freshParcel();
    const declared = JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4543' } }, features: [inGaussKruger(p)] });
    const before = await count();
    const clash = await planner.send('POST', `${importUrl}?crs=EPSG:4522`, declared, { 'content-type': 'application/geo+json', 'accept-language': 'en' });
    expect(clash.status).toBe(400);
    expect(clash.body.error.code).toBe('crs_conflict');
    expect(clash.body.error.message).toContain('EPSG:4543');
    expect(clash.body.error.message).toContain('EPSG:4522');
    expect(await count()).toBe(before);
    const same = await planner.send('POST', `${importUrl}?crs=EPSG:4543`, declared, { 'content-type': 'application/geo+json' });
    expect(same.status, same.text).toBe(200);
    expect(await distance(p)).toBeLessThan(1e-7);
  });

  test.runIf(gdal)('a Shapefile without .prj in EPSG:4543: refused without a pick, lands in place with crs=EPSG:4543', async () => {
    const p = freshParcel();
    const src = join(dir, 'survey.geojson');
    writeFileSync(src, JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4543' } }, features: [inGaussKruger(p)] }));
    mkdirSync(join(dir, 'shp'));
    await run('ogr2ogr', ['-f', 'ESRI Shapefile', join(dir, 'shp', 'parcels.shp'), src, '-lco', 'ENCODING=UTF-8']);
    rmSync(join(dir, 'shp', 'parcels.prj'));
    await run('zip', ['-j', '-q', join(dir, 'noprj.zip'), ...['shp', 'shx', 'dbf', 'cpg'].map((e) => join(dir, 'shp', `parcels.${e}`)).filter(existsSync)]);
    const zip = new Uint8Array(readFileSync(join(dir, 'noprj.zip')));
    const before = await count();
    const bare = await planner.send('POST', importUrl, form('noprj.zip', zip));
    expect(bare.status).toBe(400);
    expect(bare.body.error.code).toBe('crs_missing');
    expect(bare.body.error.message).toContain('.prj');
    expect(await count()).toBe(before);
    const picked = await planner.send('POST', `${importUrl}?crs=EPSG:4543`, zip, { 'content-type': 'application/zip' });
    expect(picked.status, picked.text).toBe(200);
    expect(await distance(p)).toBeLessThan(1e-7);
  });
});
