import type { Db } from '../../../db/client';
import { countyBboxes, countyCollection, districtCollection, labelPointCollection, townshipCollection, villageCollection } from '../../../db/repositories/geo';

export const referenceLayers = ['counties', 'townships', 'districts', 'labels'] as const;
export type ReferenceLayer = (typeof referenceLayers)[number];

/** One of the reference geography layers as a GeoJSON FeatureCollection (no scope: every role reads them). */
export function readReferenceLayer(db: Db, layer: ReferenceLayer) {
  switch (layer) {
    case 'counties':
      return countyCollection(db);
    case 'townships':
      return townshipCollection(db);
    case 'districts':
      return districtCollection(db);
    case 'labels':
      return labelPointCollection(db);
  }
}

/** Villages (synthetic points), optionally of one county. */
export const readVillages = (db: Db, countyCode?: string) => villageCollection(db, countyCode);

/** Each county's bounding box, for "zoom to county". */
export async function readCountyExtents(db: Db) {
  const rows = await countyBboxes(db);
  return rows.map((r) => ({ code: r.code, name: r.name, bbox: [r.minx, r.miny, r.maxx, r.maxy].map(Number) }));
}
