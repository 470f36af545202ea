import { describe, expect, test } from 'vitest';
import { crsFromName, crsFromWkt, crsWithoutDeclaration, supportedCrs, toWgs84 } from '../../../api/domain/geo/crs';
import { DomainError } from '../../../api/domain/shared/domainError';

// Expected lon/lat computed with GDAL 3.6 on this machine, e.g.
//   echo "500000 4000000" | gdaltransform -s_srs EPSG:4543 -t_srs EPSG:4490 -output_xy
//   → 102 36.1302929206961
const cases: [number, [number, number], [number, number]][] = [
  [4543, [500000, 4000000], [102, 36.1302929206961]], // 3° CM 102E, no zone prefix (Haidong)
  [4522, [34556789.5, 4045678.25], [102.634198946043, 36.5402512214797]], // 3° zone 34, prefixed easting
  [4496, [18612345, 4012345], [106.24970005976, 36.2350195692341]], // 6° zone 18, prefixed easting
];

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('not refused');
};

describe('CGCS2000 reprojection (shipped proj4 definitions)', () => {
  test('66 definitions: 4326, 4490, 3° and 6° zones with and without prefix', () => {
    const want = [4326, 4490, ...Array.from({ length: 4554 - 4491 + 1 }, (_, k) => 4491 + k)];
    expect([...supportedCrs.keys()].sort((a, b) => a - b)).toEqual(want);
    expect(want).toHaveLength(66);
  });

  test.each(cases)('EPSG:%i %j → %j (GDAL), within 1e-7°', (epsg, xy, lonlat) => {
    const g = toWgs84({ type: 'Point', coordinates: xy }, supportedCrs.get(epsg)!) as { coordinates: number[] };
    expect(g.coordinates[0]).toBeCloseTo(lonlat[0], 7);
    expect(g.coordinates[1]).toBeCloseTo(lonlat[1], 7);
  });

  test('a GeoJSON crs name: OGC URN, EPSG:n, CRS84', () => {
    expect(crsFromName('urn:ogc:def:crs:EPSG::4543').epsg).toBe(4543);
    expect(crsFromName('EPSG:4490').epsg).toBe(4490);
    expect(crsFromName('urn:ogc:def:crs:OGC:1.3:CRS84').epsg).toBe(4326);
  });

  test('.prj WKT: ESRI CGCS2000 GK by central meridian and false easting; geographic CGCS2000', () => {
    const esri = 'PROJCS["CGCS2000_3_Degree_GK_CM_102E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",102.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(crsFromWkt(esri).epsg).toBe(4543);
    const zone34 = esri.replace('CM_102E', 'Zone_34').replace('500000.0', '34500000.0');
    expect(crsFromWkt(zone34).epsg).toBe(4522);
    expect(crsFromWkt('GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]]').epsg).toBe(4490);
  });

  test("Xi'an 1980 and Beijing 1954 are refused naming the CRS found and what to do", () => {
    const e = refusal(() => crsFromWkt('PROJCS["Xian_1980_3_Degree_GK_CM_102E",GEOGCS["GCS_Xian_1980"]]'));
    expect(e.code).toBe('crs_unsupported');
    expect(e.text.zh).toContain('Xian_1980_3_Degree_GK_CM_102E');
    expect(e.text.zh).toContain('转换为 CGCS2000'); // a declared CRS wins over a pick, so the refusal says to reproject
    expect(refusal(() => crsFromName('EPSG:2433')).text.en).toContain('Beijing 1954');
    expect(refusal(() => crsFromName('EPSG:32648')).code).toBe('crs_unsupported');
  });

  test('no CRS: degrees are WGS84; projected-looking numbers are refused', () => {
    expect(crsWithoutDeclaration([[102.1, 36.5]]).epsg).toBe(4326);
    const e = refusal(() => crsWithoutDeclaration([[500123, 4012345]]));
    expect(e.code).toBe('crs_missing');
    expect(e.text.en).toContain('500123, 4012345');
  });
});
