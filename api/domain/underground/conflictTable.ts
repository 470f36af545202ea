// The 3D-conflict list tied to the planner's map (issue 11): the two parcels, the overlap area
// and the depth band they share (conflicts.ts: > 1 m² of footprint and overlapping depths). No I/O.
import type { MultiPolygon, Polygon } from 'geojson';
import type { TableDefinition } from '../shared/table';

export interface ConflictTableRow {
  a: { id: number; code: string; name: string };
  b: { id: number; code: string; name: string };
  overlapAreaM2: number;
  depthFrom: number;
  depthTo: number;
  bbox: [number, number, number, number];
  /** Where the two footprints overlap (the conflict's ground), read for the GeoJSON export only. */
  overlap?: Polygon | MultiPolygon;
}

/** The extent of some footprints (lon/lat), to fit the map on both parcels of a conflict. */
export function footprintsExtent(shapes: readonly (Polygon | MultiPolygon)[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const shape of shapes) {
    const rings = shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
    for (const ring of rings) for (const [x, y] of ring) {
      w = Math.min(w, x!);
      s = Math.min(s, y!);
      e = Math.max(e, x!);
      n = Math.max(n, y!);
    }
  }
  return [w, s, e, n];
}

export const conflictTable: TableDefinition<ConflictTableRow> = {
  title: { zh: '三维冲突清单', en: '3D conflicts' },
  id: (r) => `${r.a.id}-${r.b.id}`,
  place: (r) => ({ bbox: r.bbox }),
  geometry: (r) => r.overlap ?? null,
  defaultSort: { key: 'overlap', dir: 'desc' },
  columns: [
    { key: 'a', label: { zh: '地块一', en: 'Parcel 1' }, cell: (r) => `${r.a.code} ${r.a.name}`, sortable: true },
    { key: 'b', label: { zh: '地块二', en: 'Parcel 2' }, cell: (r) => `${r.b.code} ${r.b.name}`, sortable: true },
    { key: 'overlap', label: { zh: '重叠面积（平方米）', en: 'Overlap (m²)' }, cell: (r) => Math.round(r.overlapAreaM2 * 10) / 10, sortable: true, numeric: true },
    { key: 'depthFrom', label: { zh: '冲突深度自（米）', en: 'Depth from (m)' }, cell: (r) => r.depthFrom, sortable: true, numeric: true },
    { key: 'depthTo', label: { zh: '冲突深度至（米）', en: 'Depth to (m)' }, cell: (r) => r.depthTo, sortable: true, numeric: true },
  ],
};
