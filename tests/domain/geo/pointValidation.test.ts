import { describe, expect, it } from 'vitest';
import { validatePoint } from '../../../api/domain/geo/pointValidation';

describe('validatePoint', () => {
  it('accepts a point in 乐都区 and drops the altitude', () => {
    expect(validatePoint({ type: 'Point', coordinates: [102.4, 36.48, 1980] })).toEqual({
      ok: true,
      value: { type: 'Point', coordinates: [102.4, 36.48] },
    });
  });

  it('accepts the extent corners themselves (inclusive)', () => {
    // haidongExtent = [101.6669921875, 35.4482421875, 103.0712890625, 37.1484375]
    expect(validatePoint({ type: 'Point', coordinates: [101.6669921875, 35.4482421875] }).ok).toBe(true);
    expect(validatePoint({ type: 'Point', coordinates: [103.0712890625, 37.1484375] }).ok).toBe(true);
  });

  it.each([
    [undefined, 'required', 'geometry'],
    [{ type: 'Polygon', coordinates: [102.4, 36.48] }, 'wrong_type', 'geometry.type'],
    [{ type: 'Point', coordinates: [102.4] }, 'malformed', 'geometry.coordinates'],
    [{ type: 'Point', coordinates: '102.4,36.48' }, 'malformed', 'geometry.coordinates'],
    [{ type: 'Point', coordinates: [102.4, Number.NaN] }, 'not_a_number', 'geometry.coordinates[1]'],
    [{ type: 'Point', coordinates: [Number.POSITIVE_INFINITY, 36.48] }, 'not_a_number', 'geometry.coordinates[0]'],
    [{ type: 'Point', coordinates: [36.48, 102.4] }, 'out_of_range', 'geometry.coordinates[1]'],
    // 1/1024° west of haidongExtent's minLon 101.6669921875: 101.6669921875 − 0.0009765625 = 101.666015625.
    [{ type: 'Point', coordinates: [101.666015625, 36] }, 'outside_extent', 'geometry.coordinates'],
  ] as const)('rejects %j with %s at %s', (input, code, field) => {
    const result = validatePoint(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, field });
  });

  it('checks against a custom extent and field', () => {
    const result = validatePoint({ type: 'Point', coordinates: [102.4, 36.48] }, { field: 'location', extent: [0, 0, 1, 1] });
    expect(!result.ok && result.error).toMatchObject({ code: 'outside_extent', field: 'location.coordinates' });
  });
});
