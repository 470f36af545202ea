import { geoError, type GeoResult } from './geoInputError';

/** [minLon, minLat, maxLon, maxLat], WGS84 degrees (RFC 7946 §5). */
export type Bbox = [number, number, number, number];

// A plain decimal, optionally signed, optionally with an exponent; rejects '', 'abc', '0x10', '1,'.
const decimal = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const axisNames = ['minLon', 'minLat', 'maxLon', 'maxLat'] as const;

export interface ParseBboxOptions {
  /** Query parameter name used in error paths. */
  field?: string;
  /** When given, a bbox that does not overlap it is rejected (e.g. the Haidong extent). */
  mustIntersect?: Bbox;
}

export function bboxIntersects(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

export function bboxContains(outer: Bbox, lon: number, lat: number): boolean {
  return lon >= outer[0] && lon <= outer[2] && lat >= outer[1] && lat <= outer[3];
}

/**
 * Parses `minLon,minLat,maxLon,maxLat`. No antimeridian crossing (RFC 7946 §5.2 allows
 * minLon > maxLon there): Haidong lies far from it, so minLon > maxLon is treated as a mistake.
 */
export function parseBbox(raw: string | null | undefined, options: ParseBboxOptions = {}): GeoResult<Bbox> {
  const field = options.field ?? 'bbox';
  if (raw === undefined || raw === null || raw.trim() === '') {
    return geoError('required', field, '缺少范围框参数', 'is required (minLon,minLat,maxLon,maxLat)');
  }
  const parts = raw.split(',');
  if (parts.length !== 4) {
    return geoError(
      'malformed',
      field,
      `应为 4 个以逗号分隔的数（最小经度,最小纬度,最大经度,最大纬度），实为 ${parts.length} 个`,
      `must be 4 comma-separated numbers minLon,minLat,maxLon,maxLat, got ${parts.length}`,
    );
  }
  const values: number[] = [];
  for (let i = 0; i < 4; i++) {
    const text = parts[i].trim();
    const value = Number(text);
    if (!decimal.test(text) || !Number.isFinite(value)) {
      return geoError('not_a_number', `${field}[${i}]`, `${axisNames[i]} 不是有效数字`, `${axisNames[i]} is not a finite number`);
    }
    const limit = i % 2 === 0 ? 180 : 90;
    if (Math.abs(value) > limit) {
      return geoError(
        'out_of_range',
        `${field}[${i}]`,
        `${axisNames[i]} 超出范围 [-${limit}, ${limit}]`,
        `${axisNames[i]} must be within [-${limit}, ${limit}]`,
      );
    }
    values.push(value);
  }
  const bbox: Bbox = [values[0], values[1], values[2], values[3]];
  if (!(bbox[0] < bbox[2])) return geoError('inverted', field, '最小经度应小于最大经度', 'minLon must be less than maxLon');
  if (!(bbox[1] < bbox[3])) return geoError('inverted', field, '最小纬度应小于最大纬度', 'minLat must be less than maxLat');
  if (options.mustIntersect && !bboxIntersects(bbox, options.mustIntersect)) {
    return geoError('outside_extent', field, '范围框与允许范围（如海东市）不相交', 'does not overlap the allowed extent (e.g. Haidong)');
  }
  return { ok: true, value: bbox };
}
