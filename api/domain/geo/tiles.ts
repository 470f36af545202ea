import type { Bbox } from './bbox';
import type { OgcCollectionId } from './ogcCollections';

// Vector tiles (Mapbox Vector Tile 2.1, issue 12) in the Web-Mercator XYZ scheme. Pure helpers:
// which layers exist, their tile attributes, and a tile's WGS84 bounds.

/** Tile layers; each is the OGC collection of the same id (same access and district scope). */
export const tileLayers = ['parcels', 'venues', 'hazards', 'catchments', 'townships'] as const satisfies readonly OgcCollectionId[];
export type TileLayer = (typeof tileLayers)[number];

/** The attributes a tile carries per feature (kept small: a tile is drawn, details come from the API). `id` repeats the feature id for clients that read attributes only. */
export const tileFields: Record<TileLayer, Record<string, 'String' | 'Number' | 'Boolean'>> = {
  parcels: { id: 'Number', code: 'String', name: 'String', status: 'String', countyCode: 'String', feeTier: 'String', levels: 'String', synthetic: 'Boolean' },
  venues: { id: 'Number', name: 'String', venueType: 'String', districtCode: 'String' },
  hazards: { id: 'Number', severity: 'String', status: 'String', category: 'String', districtCode: 'String' },
  catchments: { schoolCode: 'String', schoolName: 'String', level: 'String', capacity: 'Number' },
  townships: { code: 'String', name: 'String', countyCode: 'String', synthetic: 'Boolean' },
};

export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;
export const TILE_MAX_ZOOM = 18;

/** Whether z/x/y names a tile (0 ≤ x, y < 2^z). */
export const isTile = (z: number, x: number, y: number) => z >= 0 && z <= TILE_MAX_ZOOM && x >= 0 && y >= 0 && x < 2 ** z && y < 2 ** z;

const lon = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const lat = (y: number, z: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

/** The tile's WGS84 box grown by the tile buffer, for selecting the features to clip. */
export function tileBounds(z: number, x: number, y: number): Bbox {
  const pad = TILE_BUFFER / TILE_EXTENT;
  return [lon(x - pad, z), lat(y + 1 + pad, z), lon(x + 1 + pad, z), lat(y - pad, z)];
}
