// Minimal typings for the tile libraries used on PGlite (no protobuf-c there, FACTS.md).
declare module 'geojson-vt' {
  export interface VtTile {
    features: unknown[];
  }
  export interface VtIndex {
    getTile(z: number, x: number, y: number): VtTile | null;
  }
  export default function geojsonvt(data: unknown, options?: Record<string, unknown>): VtIndex;
}
declare module 'vt-pbf' {
  const vtpbf: { fromGeojsonVt(layers: Record<string, unknown>, options?: { version?: number; extent?: number }): Uint8Array };
  export default vtpbf;
}
declare module '@mapbox/vector-tile' {
  export class VectorTile {
    constructor(pbf: unknown);
    layers: Record<string, { length: number; extent: number; feature(i: number): { id?: number; type: number; properties: Record<string, unknown>; loadGeometry(): { x: number; y: number }[][] } }>;
  }
}
declare module 'pbf' {
  export default class Pbf {
    constructor(buf?: Uint8Array);
  }
}
declare module 'shapefile' {
  export function read(
    shp: ArrayBuffer | Uint8Array,
    dbf?: ArrayBuffer | Uint8Array,
    options?: { encoding?: string },
  ): Promise<{ type: 'FeatureCollection'; features: { type: 'Feature'; properties: Record<string, unknown>; geometry: import('geojson').Geometry | null }[] }>;
}
