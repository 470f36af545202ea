// A parcel as a 3D volume: a footprint (GeoJSON, WGS84 lon/lat) and the depth range of its
// right. Shared by the conflict and connection checks. No I/O.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Bilingual } from '../shared/bilingual';
import { FieldError } from '../shared/domainError';
import { isLevel, type Level } from './layerLevel';

export type VolumeLayer = { readonly level: Level; readonly topDepth: number; readonly bottomDepth: number };

export type ParcelVolume = {
  readonly id: string;
  readonly code: string;
  readonly footprint: Polygon | MultiPolygon;
  readonly layers: readonly VolumeLayer[];
};

export type Bbox = readonly [minX: number, minY: number, maxX: number, maxY: number];

type GeometryReason = 'invalid_geometry' | 'not_finite' | 'empty' | 'top_not_above_bottom' | 'invalid_value';

const geometryReasonText: Record<GeometryReason, Bilingual> = {
  invalid_geometry: { zh: '不是有效的多边形', en: 'is not a valid polygon' },
  not_finite: { zh: '不是有限数值', en: 'is not a finite number' },
  empty: { zh: '至少需要一层', en: 'needs at least one layer' },
  top_not_above_bottom: { zh: '顶深必须小于底深', en: 'top depth must be less than bottom depth' },
  invalid_value: { zh: '取值无效', en: 'is invalid' },
};

/** A stored parcel that cannot be compared as a 3D volume; `reason` is the coded cause. */
export class ParcelGeometryError extends FieldError {
  constructor(
    readonly parcelId: string,
    field: string,
    readonly reason: GeometryReason,
  ) {
    super(field, geometryReasonText[reason], 'parcel_geometry_invalid', { parcelId, reason });
    this.name = 'ParcelGeometryError';
  }
}

/** Outer and inner rings of every polygon in the footprint. */
export function footprintRings(footprint: Polygon | MultiPolygon): Position[][] {
  return footprint.type === 'Polygon' ? footprint.coordinates : footprint.coordinates.flat();
}

export function validateVolume(p: ParcelVolume): void {
  const fp = p.footprint;
  if (!fp || (fp.type !== 'Polygon' && fp.type !== 'MultiPolygon') || !Array.isArray(fp.coordinates)) {
    throw new ParcelGeometryError(p.id, 'footprint', 'invalid_geometry');
  }
  const rings = footprintRings(fp);
  if (rings.length === 0 || rings.some((r) => !Array.isArray(r) || r.length < 4)) {
    throw new ParcelGeometryError(p.id, 'footprint', 'invalid_geometry');
  }
  for (const ring of rings) {
    for (const pt of ring) {
      const [lon, lat] = pt;
      if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
        throw new ParcelGeometryError(p.id, 'footprint', 'not_finite');
      }
    }
  }
  if (!Array.isArray(p.layers) || p.layers.length === 0) throw new ParcelGeometryError(p.id, 'layers', 'empty');
  p.layers.forEach((l, i) => {
    if (!isLevel(l.level)) throw new ParcelGeometryError(p.id, `layers[${i}].level`, 'invalid_value');
    if (!Number.isFinite(l.topDepth) || !Number.isFinite(l.bottomDepth)) {
      throw new ParcelGeometryError(p.id, `layers[${i}]`, 'not_finite');
    }
    if (l.topDepth >= l.bottomDepth) throw new ParcelGeometryError(p.id, `layers[${i}]`, 'top_not_above_bottom');
  });
}

export function footprintBbox(footprint: Polygon | MultiPolygon): Bbox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const ring of footprintRings(footprint)) {
    for (const [x, y] of ring) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

/**
 * The vertical extent of the right: from the shallowest ceiling to the deepest floor
 * (东政办〔2023〕95号 Art. 3: 起止深度 as approved).
 */
export function depthRange(p: ParcelVolume): { top: number; bottom: number } {
  let top = Infinity;
  let bottom = -Infinity;
  for (const l of p.layers) {
    if (l.topDepth < top) top = l.topDepth;
    if (l.bottomDepth > bottom) bottom = l.bottomDepth;
  }
  return { top, bottom };
}

/** Open-interval overlap of two depth ranges; touching ranges (a.bottom = b.top) do not overlap. */
export function depthOverlap(a: ParcelVolume, b: ParcelVolume): { from: number; to: number } | null {
  const ra = depthRange(a);
  const rb = depthRange(b);
  const from = Math.max(ra.top, rb.top);
  const to = Math.min(ra.bottom, rb.bottom);
  return from < to ? { from, to } : null;
}

/** Stable pair order and result order: by code, then id. */
export function compareParcels(a: ParcelVolume, b: ParcelVolume): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
