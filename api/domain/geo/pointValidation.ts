import type { Point } from 'geojson';
import type { Bbox } from './bbox';
import { geoError, type GeoResult } from './geoInputError';
import { haidongExtent } from './haidongExtent';
import { validatePosition } from './position';

export interface PointValidationOptions {
  /** Path prefix in errors, e.g. 'geometry' or 'location'. */
  field?: string;
  extent?: Bbox;
}

/** Validates a GeoJSON Point from API input; returns it as a 2-D point inside the extent. */
export function validatePoint(input: unknown, options: PointValidationOptions = {}): GeoResult<Point> {
  const { field = 'geometry', extent = haidongExtent } = options;
  if (input === null || typeof input !== 'object') return geoError('required', field, '缺少点几何', 'must be a GeoJSON Point');
  const { type, coordinates } = input as { type?: unknown; coordinates?: unknown };
  if (type !== 'Point') return geoError('wrong_type', `${field}.type`, '几何类型应为 Point', "type must be 'Point'");
  const position = validatePosition(coordinates, `${field}.coordinates`, extent);
  if (!position.ok) return position;
  return { ok: true, value: { type: 'Point', coordinates: position.value } };
}
