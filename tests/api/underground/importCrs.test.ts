import proj4 from 'proj4';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { supportedCrs } from '../../../api/domain/geo/crs';
import { freshParcel, parcelFeature } from '../../helpers/accessFixtures';
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
    expect(utm.body.error.message).toMatch(/pick the CRS/);
    const bare = await planner.send('POST', '/api/underground/parcels/import', JSON.stringify({ type: 'FeatureCollection', features: [feature] }), geojsonType);
    expect(bare.status).toBe(400);
    expect(bare.body.error.code).toBe('crs_missing');
    expect(await count()).toBe(before);
  });
});
