// Server-side clustering for million-point map layers: a supercluster index built straight from
// flat lon/lat arrays, answering viewport (bbox + zoom) and z/x/y tile requests, so the browser
// gets clusters and never the raw points.
//
// The flat path feeds supercluster one reused feature object through an iterable with a length
// (supercluster 9's load() reads `points.length`, iterates with for…of and keeps only the
// coordinates, `properties` and `id`), which saves a million GeoJSON allocations. The point's
// index travels as its id so a click can find the full record. If the gas domain adds its own
// tile module, benchmark that instead (bench/cases/mapLayers.ts).
import Supercluster, { type AnyProps, type Options, type PointFeature } from 'supercluster';

export type ClusterOptions = Options<null, AnyProps>;

export const defaultClusterOptions: ClusterOptions = { radius: 60, maxZoom: 16, minPoints: 2 };

function flatFeatures(lons: Float64Array, lats: Float64Array): Iterable<PointFeature<null>> & { length: number } {
  return {
    length: lons.length,
    *[Symbol.iterator]() {
      const coordinates = [0, 0];
      const feature = { type: 'Feature' as const, id: 0, properties: null, geometry: { type: 'Point' as const, coordinates } };
      for (let i = 0; i < lons.length; i++) {
        coordinates[0] = lons[i];
        coordinates[1] = lats[i];
        feature.id = i;
        yield feature;
      }
    },
  };
}

export class ClusterTiles {
  private constructor(readonly index: Supercluster<null, AnyProps>) {}

  static fromFlat(lons: Float64Array, lats: Float64Array, options: ClusterOptions = defaultClusterOptions): ClusterTiles {
    if (lons.length !== lats.length) throw new RangeError('lons and lats must have the same length');
    const index = new Supercluster<null, AnyProps>(options);
    index.load(flatFeatures(lons, lats) as unknown as PointFeature<null>[]);
    return new ClusterTiles(index);
  }

  /** GeoJSON text for one viewport: clusters with point_count, single points with their index as id. */
  viewport(bbox: [number, number, number, number], zoom: number): string {
    return JSON.stringify({ type: 'FeatureCollection', features: this.index.getClusters(bbox, Math.floor(zoom)) });
  }

  /** One z/x/y tile in supercluster's tile JSON (tile-pixel coordinates), or null when empty. */
  tile(z: number, x: number, y: number): string | null {
    const t = this.index.getTile(z, x, y);
    return t ? JSON.stringify(t) : null;
  }
}
