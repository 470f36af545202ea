import type { Tx } from '../../../db/client';
import { insertChunked } from '../../../db/bulk';
import { counties, districts, townships, villages } from '../../../db/schema/geo';
import { repairedPolygon } from '../../../db/repositories/geo';
import type { Geography } from '../../../data/generate/geography';

/**
 * Writes the real county boundaries and the seeded synthetic townships, villages and
 * industrial-park district (东政办〔2023〕98号 §二: the park is group 7's district). Every polygon
 * is repaired as it is written (`repairedPolygon`), so the `ST_IsValid` checks hold.
 */
export async function loadReferenceGeography(tx: Tx, geo: Geography): Promise<void> {
  await insertChunked(
    tx,
    counties,
    geo.counties.features.map((f) => ({ code: String(f.properties.code), name: String(f.properties.name), geom: repairedPolygon(f.geometry) })),
  );
  await insertChunked(
    tx,
    townships,
    geo.townships.features.map((f) => ({
      code: f.properties.code,
      name: f.properties.name,
      countyCode: f.properties.countyCode,
      villageCount: f.properties.villageCount,
      synthetic: true,
      geom: repairedPolygon(f.geometry),
    })),
  );
  await insertChunked(
    tx,
    villages,
    geo.villages.features.map((f) => ({
      code: f.properties.code,
      name: f.properties.name,
      townshipCode: f.properties.townshipCode,
      countyCode: f.properties.countyCode,
      population: Math.round(f.properties.population),
      synthetic: true,
      geom: f.geometry,
    })),
  );
  await insertChunked(tx, districts, [
    ...geo.counties.features.map((f) => ({ code: String(f.properties.code), name: String(f.properties.name), synthetic: false, geom: repairedPolygon(f.geometry) })),
    { code: 'park', name: '海东工业园区', synthetic: true, geom: repairedPolygon(geo.park.features[0]!.geometry) },
  ]);
}
