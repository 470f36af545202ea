import { footprintBbox } from '../../api/domain/underground/parcelVolume';

/**
 * A feature collection as the API sends it: built in SQL (ST_AsGeoJSON), so the typed client
 * knows its features only as `unknown[]`. This is the one place that reads them as GeoJSON.
 */
export function asCollection(answer: { type: 'FeatureCollection'; features: unknown[] }): GeoJSON.FeatureCollection {
  return answer as GeoJSON.FeatureCollection;
}

/** The bounding box [w, s, e, n] of the polygons among `features`, or null when there are none. */
export function polygonExtent(features: readonly GeoJSON.Feature[]): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (const f of features) {
    const g = f.geometry;
    if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') continue;
    const [x0, y0, x1, y1] = footprintBbox(g);
    box = box ? [Math.min(box[0], x0), Math.min(box[1], y0), Math.max(box[2], x1), Math.max(box[3], y1)] : [x0, y0, x1, y1];
  }
  return box;
}
