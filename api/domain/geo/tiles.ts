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
  venues: { id: 'Number', name: 'String', venueType: 'String', districtCode: 'String', count: 'Number' },
  hazards: { id: 'Number', severity: 'String', status: 'String', category: 'String', districtCode: 'String', count: 'Number' },
  catchments: { schoolCode: 'String', schoolName: 'String', level: 'String', capacity: 'Number' },
  townships: { code: 'String', name: 'String', countyCode: 'String', synthetic: 'Boolean' },
};

export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;
export const TILE_MAX_ZOOM = 18;

// Thinning (issue 15 item 2: a z8 tile over 1,000,000 venues must stay small and fast). Below
// THIN_BELOW_ZOOM a point layer sends one feature per THIN_CELL × THIN_CELL cell of the global
// tile-pixel grid (16 of 4096 units = 2 px of a 512 px tile): the cell's lowest id stands for
// the rest and carries `count`, the number of features it stands for (absent when not thinned).
// The grid is global, so a feature in the buffer of two neighbouring tiles is the same in both.

/** Point layers that are thinned at low zoom. */
export const thinnedLayers: readonly TileLayer[] = ['venues', 'hazards'];
export const THIN_BELOW_ZOOM = 12;
export const THIN_CELL = 16;

/** Whether the layer's tile at zoom z is thinned. */
export const isThinned = (layer: TileLayer, z: number) => z < THIN_BELOW_ZOOM && thinnedLayers.includes(layer);

/** Cells per world width at zoom z (the grid the thinning snaps to). */
export const thinCellsPerWorld = (z: number) => (2 ** z * TILE_EXTENT) / THIN_CELL;

/** Whether z/x/y names a tile (0 ≤ x, y < 2^z). */
export const isTile = (z: number, x: number, y: number) => z >= 0 && z <= TILE_MAX_ZOOM && x >= 0 && y >= 0 && x < 2 ** z && y < 2 ** z;

const lon = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const lat = (y: number, z: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

/** The tile's WGS84 box grown by the tile buffer, for selecting the features to clip. */
export function tileBounds(z: number, x: number, y: number): Bbox {
  const pad = TILE_BUFFER / TILE_EXTENT;
  return [lon(x - pad, z), lat(y + 1 + pad, z), lon(x + 1 + pad, z), lat(y - pad, z)];
}
