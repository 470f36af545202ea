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
import { zipBomb } from '../../helpers/zipBomb';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

const geojsonType = { 'content-type': 'application/geo+json' };

/** A parcel's footprint written in EPSG:4543 (CGCS2000 / 3-degree Gauss-Kruger CM 102E), as a surveyor sends it. */
function inGaussKruger(p: ReturnType<typeof freshParcel>) {
  const t = proj4('+proj=longlat +ellps=GRS80 +no_defs', supportedCrs.get(4543)!.proj4);
  const ring = (p.footprint.coordinates[0] as number[][]).map(([x, y]) => t.forward([x!, y!]));
  return { ...parcelFeature(p), geometry: { type: 'Polygon', coordinates: [ring] } };
}

describe.each(testDatabases)('parcel import CRS on %s', (kind) => {
  let app: TestApp;
  let planner: Client;
  const count = async () => Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from underground_parcels`))[0]!.n);
  beforeAll(async () => {
    app = await getTestApp(kind);
    planner = await app.login('planner');
  });

  test('a GeoJSON in EPSG:4543 lands where it belongs (same place as the WGS84 original, < 1 cm)', async () => {
    const p = freshParcel();
    const file = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4543' } }, features: [inGaussKruger(p)] };
    expect(Math.abs((file.features[0]!.geometry.coordinates[0] as number[][])[0]![0]!)).toBeGreaterThan(180);
    const r = await planner.send('POST', '/api/underground/parcels/import', JSON.stringify(file), geojsonType);
    expect(r.status, r.text).toBe(200);
    const [row] = await queryRows<{ d: number }>(
      app.database.db,
      sql`select ST_HausdorffDistance(footprint, ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(p.footprint)}), 4326)) as d from underground_parcels where code = ${p.code}`,
    );
    expect(Number(row!.d)).toBeLessThan(1e-7);
  });

  test("Xi'an 1980, an unsupported EPSG code, and projected numbers without a CRS are refused naming what was found; nothing written", async () => {
    const before = await count();
    const feature = inGaussKruger(freshParcel());
    const xian = await planner.send('POST', '/api/underground/parcels/import', JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:2383' } }, features: [feature] }), geojsonType);
    expect(xian.status).toBe(400);
    expect(xian.body.error.code).toBe('crs_unsupported');
    expect(xian.body.error.message).toContain('EPSG:2383');
    const utm = await planner.send('POST', '/api/underground/parcels/import', JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32648' } }, features: [feature] }), { ...geojsonType, 'accept-language': 'en' });
    expect(utm.body.error.code).toBe('crs_unsupported');
    expect(utm.body.error.message).toMatch(/reproject/);
    const bare = await planner.send('POST', '/api/underground/parcels/import', JSON.stringify({ type: 'FeatureCollection', features: [feature] }), geojsonType);
    expect(bare.status).toBe(400);
    expect(bare.body.error.code).toBe('crs_missing');
    expect(await count()).toBe(before);
  });
});

const run = promisify(execFile);
const gdal = existsSync('/usr/bin/ogr2ogr') && existsSync('/usr/bin/zip');

describe.each(testDatabases)('zipped Shapefile import on %s', (kind) => {
  let app: TestApp;
  let planner: Client;
  const dir = mkdtempSync(join(tmpdir(), 'shp-'));
  const zipType = { 'content-type': 'application/zip' };
  const count = async () => Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from underground_parcels`))[0]!.n);
  beforeAll(async () => {
    app = await getTestApp(kind);
    planner = await app.login('planner');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A surveyor's Shapefile in EPSG:4543 written by GDAL (UTF-8 DBF with .cpg, names cut to 10 characters, 0/1 flags, YYYY/MM/DD). */
  async function surveyorZip(name: string, p: ReturnType<typeof freshParcel>, keepPrj = true) {
    const f = inGaussKruger(p);
    const props = { ...f.properties, surfaceAllocated: 0, publicParking: 1, civilAirDefence: 0, termStart: '2024/03/01', name: '测绘院地块' };
    const src = join(dir, `${name}.geojson`);
    writeFileSync(src, JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4543' } }, features: [{ ...f, properties: props }] }));
    mkdirSync(join(dir, name));
    await run('ogr2ogr', ['-f', 'ESRI Shapefile', join(dir, name, 'parcels.shp'), src, '-lco', 'ENCODING=UTF-8']);
    if (!keepPrj) rmSync(join(dir, name, 'parcels.prj'));
    await run('zip', ['-j', '-q', join(dir, `${name}.zip`), ...['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => join(dir, name, `parcels.${e}`)).filter(existsSync)]);
    return readFileSync(join(dir, `${name}.zip`));
  }

  test.runIf(gdal)('a CGCS2000 Gauss-Krüger Shapefile lands where it belongs, Chinese names and cut field names read', async () => {
    const p = freshParcel();
    const r = await planner.send('POST', '/api/underground/parcels/import', await surveyorZip('ok', p), zipType);
    expect(r.status, r.text).toBe(200);
    expect(r.body.imported).toBe(1);
    const [row] = await queryRows<{ d: number; name: string; pp: boolean; sa: boolean; ts: string }>(
      app.database.db,
      sql`select ST_HausdorffDistance(footprint, ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(p.footprint)}), 4326)) as d, name,
            public_parking as pp, surface_allocated as sa, term_start::text as ts from underground_parcels where code = ${p.code}`,
    );
    expect(Number(row!.d)).toBeLessThan(1e-7);
    expect(row).toMatchObject({ name: '测绘院地块', pp: true, sa: false, ts: '2024-03-01' });
  });

  test.runIf(gdal)('a .shp without .prj, and a zip bomb, are refused with a code and words; nothing written', async () => {
    const before = await count();
    const noPrj = await planner.send('POST', '/api/underground/parcels/import', await surveyorZip('noprj', freshParcel(), false), zipType);
    expect(noPrj.status).toBe(400);
    expect(noPrj.body.error.code).toBe('crs_missing');
    expect(noPrj.body.error.message).toContain('.prj');
    const bomb = await planner.send('POST', '/api/underground/parcels/import', new Uint8Array(zipBomb(2)), zipType);
    expect(bomb.status).toBe(400);
    expect(bomb.body.error.code).toBe('zip_bomb');
    expect(await count()).toBe(before);
  });
});

describe.each(testDatabases)('KML import on %s', (kind) => {
  let app: TestApp;
  let planner: Client;
  const kmlType = { 'content-type': 'application/vnd.google-earth.kml+xml' };
  beforeAll(async () => {
    app = await getTestApp(kind);
    planner = await app.login('planner');
  });

  const kmlOf = (placemarks: string) => `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}</Document></kml>`;
  const data = (props: Record<string, unknown>) =>
    `<ExtendedData>${Object.entries(props).filter(([, v]) => v !== null).map(([k, v]) => `<Data name="${k}"><value>${typeof v === 'string' ? v : JSON.stringify(v)}</value></Data>`).join('')}</ExtendedData>`;

  test('a KML polygon with ExtendedData imports as a parcel in place', async () => {
    const p = freshParcel();
    const { footprint, ...props } = p;
    const ring = (footprint.coordinates[0] as number[][]).map(([x, y]) => `${x},${y}`).join(' ');
    const file = kmlOf(`<Placemark><name>${p.name}</name>${data(props)}<Polygon><outerBoundaryIs><LinearRing><coordinates>${ring}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`);
    const r = await planner.send('POST', '/api/underground/parcels/import', file, kmlType);
    expect(r.status, r.text).toBe(200);
    const [row] = await queryRows<{ d: number }>(
      app.database.db,
      sql`select ST_HausdorffDistance(footprint, ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(footprint)}), 4326)) as d from underground_parcels where code = ${p.code}`,
    );
    expect(Number(row!.d)).toBeLessThan(1e-7);
  });

  test('a KML of points only is refused for a polygon import, naming what it holds; nothing written', async () => {
    const before = Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from underground_parcels`))[0]!.n);
    const r = await planner.send('POST', '/api/underground/parcels/import', kmlOf('<Placemark><Point><coordinates>102.4,36.5</coordinates></Point></Placemark>'), kmlType);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('kml_no_polygons');
    expect(r.body.error.message).toContain('Point');
    const after = Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from underground_parcels`))[0]!.n);
    expect(after).toBe(before);
  });
});
