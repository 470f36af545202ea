import { bboxContains, type Bbox } from './bbox';
import { geoError, type GeoResult } from './geoInputError';

/**
 * One GeoJSON position (RFC 7946 §3.1.1): [lon, lat] or [lon, lat, altitude], finite numbers,
 * lon/lat in WGS84 range and inside `extent`. Returns [lon, lat]: the product is 2-D, so an
 * altitude is accepted and dropped.
 */
export function validatePosition(value: unknown, field: string, extent: Bbox): GeoResult<[number, number]> {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    return geoError('malformed', field, '坐标应为 [经度, 纬度]', 'must be a position [lon, lat]');
  }
  for (let k = 0; k < value.length; k++) {
    const v: unknown = value[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      return geoError('not_a_number', `${field}[${k}]`, '不是有限数值', 'is not a finite number');
    }
  }
  const [lon, lat] = value as number[];
  if (Math.abs(lon) > 180) return geoError('out_of_range', `${field}[0]`, '经度超出 [-180, 180]', 'longitude must be within [-180, 180]');
  if (Math.abs(lat) > 90) return geoError('out_of_range', `${field}[1]`, '纬度超出 [-90, 90]', 'latitude must be within [-90, 90]');
  if (!bboxContains(extent, lon, lat)) {
    return geoError(
      'outside_extent',
      field,
      `坐标 (${lon}, ${lat}) 不在海东市范围内`,
      `position (${lon}, ${lat}) lies outside the Haidong extent [${extent.join(', ')}]`,
    );
  }
  return { ok: true, value: [lon, lat] };
}
