import type { Bilingual } from '../shared/bilingual';
import { FieldError } from '../shared/domainError';
// Coded, bilingual input errors for geometry arriving through the API. Pure values, not HTTP:
// callers that cannot go on without the value use geoValue(), which throws it as a FieldError.

export const geoErrorCodes = [
  'required',
  'malformed',
  'not_a_number',
  'out_of_range',
  'inverted',
  'wrong_type',
  'too_few_positions',
  'too_many_positions',
  'unclosed_ring',
  'degenerate_ring',
  'self_intersection',
  'hole_outside',
  'outside_extent',
] as const;
export type GeoErrorCode = (typeof geoErrorCodes)[number];

export interface GeoFieldError {
  code: GeoErrorCode;
  /** Path as users read it, e.g. `geometry.coordinates[0][3][1]` or `bbox[2]`. */
  field: string;
  reason: Bilingual;
}

export type GeoResult<T> = { ok: true; value: T } | { ok: false; error: GeoFieldError };

export function geoError(code: GeoErrorCode, field: string, zh: string, en: string): { ok: false; error: GeoFieldError } {
  return { ok: false, error: { code, field, reason: { zh, en } } };
}

/** The value of a geometry check, or its error thrown in the product's error model. */
export function geoValue<T>(result: GeoResult<T>): T {
  if (!result.ok) throw new FieldError(result.error.field, result.error.reason, result.error.code);
  return result.value;
}
