import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { booleanClockwise } from '@turf/turf';
import { validatePolygon } from '../../../api/domain/geo/polygonValidation';

// A 0.01° square in 平安区 (around 102.10°E 36.50°N, inside haidongExtent).
const ccw = [
  [102.1, 36.5],
  [102.11, 36.5],
  [102.11, 36.51],
  [102.1, 36.51],
  [102.1, 36.5],
];
const cw = [...ccw].reverse();

function errorOf(input: unknown) {
  const result = validatePolygon(input);
  if (result.ok) throw new Error('expected a validation error');
  return result.error;
}

describe('validatePolygon', () => {
  it('accepts a counter-clockwise square unchanged', () => {
    expect(validatePolygon({ type: 'Polygon', coordinates: [ccw] })).toEqual({
      ok: true,
      value: { type: 'Polygon', coordinates: [ccw] },
    });
  });

  it('rewinds a clockwise exterior to counter-clockwise (RFC 7946 §3.1.6)', () => {
    const result = validatePolygon({ type: 'Polygon', coordinates: [cw] });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(booleanClockwise(result.value.coordinates[0])).toBe(false);
      expect(result.value.coordinates[0]).toEqual(ccw);
    }
  });

  it('rewinds a counter-clockwise hole to clockwise and drops altitudes', () => {
    const hole = [
      [102.102, 36.502, 2100],
      [102.104, 36.502, 2100],
      [102.104, 36.504, 2100],
      [102.102, 36.502, 2100],
    ];
    const result = validatePolygon({ type: 'Polygon', coordinates: [ccw, hole] });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(booleanClockwise(result.value.coordinates[1])).toBe(true);
      expect(result.value.coordinates[1].every((p) => p.length === 2)).toBe(true);
    }
  });

  it('rejects an unclosed ring', () => {
    const open = [...ccw.slice(0, 4), [102.1, 36.505]];
    expect(errorOf({ type: 'Polygon', coordinates: [open] })).toMatchObject({
      code: 'unclosed_ring',
      field: 'geometry.coordinates[0]',
    });
  });

  it('rejects a ring of fewer than 4 positions', () => {
    expect(errorOf({ type: 'Polygon', coordinates: [[ccw[0], ccw[1], ccw[0]]] })).toMatchObject({
      code: 'too_few_positions',
      field: 'geometry.coordinates[0]',
    });
  });

  it('rejects a ring with only two distinct positions', () => {
    expect(errorOf({ type: 'Polygon', coordinates: [[ccw[0], ccw[1], ccw[0], ccw[0]]] })).toMatchObject({
      code: 'degenerate_ring',
      field: 'geometry.coordinates[0]',
    });
  });

  it('rejects a bow-tie and says where it crosses', () => {
    const bowTie = [
      [102.1, 36.5],
      [102.11, 36.51],
      [102.11, 36.5],
      [102.1, 36.51],
      [102.1, 36.5],
    ];
    const error = errorOf({ type: 'Polygon', coordinates: [bowTie] });
    expect(error).toMatchObject({ code: 'self_intersection', field: 'geometry.coordinates[0]' });
    // The diagonals cross at the middle: (102.1 + 102.11) / 2 = 102.105, (36.5 + 36.51) / 2 = 36.505.
    expect(error.reason.en).toMatch(/102\.10[45]\d*, 36\.50[45]/);
  });

  it('rejects a hole that crosses the exterior', () => {
    const hole = [
      [102.105, 36.505],
      [102.12, 36.505],
      [102.12, 36.506],
      [102.105, 36.505],
    ];
    expect(errorOf({ type: 'Polygon', coordinates: [ccw, hole] })).toMatchObject({
      code: 'self_intersection',
      field: 'geometry.coordinates',
    });
  });

  it('rejects a hole outside the exterior', () => {
    const hole = [
      [102.2, 36.6],
      [102.201, 36.6],
      [102.201, 36.601],
      [102.2, 36.6],
    ];
    expect(errorOf({ type: 'Polygon', coordinates: [ccw, hole] })).toMatchObject({
      code: 'hole_outside',
      field: 'geometry.coordinates[1]',
    });
  });

  it('rejects a polygon outside Haidong', () => {
    // Xining is about 101.78°E 36.62°N; 101.5°E is west of haidongExtent's minLon 101.667.
    const west = ccw.map(([x, y]) => [x - 0.6, y]);
    expect(errorOf({ type: 'Polygon', coordinates: [west] })).toMatchObject({
      code: 'outside_extent',
      field: 'geometry.coordinates[0][0]',
    });
  });

  it('rejects NaN and names the number', () => {
    const bad = ccw.map((p, j) => (j === 2 ? [p[0], Number.NaN] : p));
    expect(errorOf({ type: 'Polygon', coordinates: [bad] })).toMatchObject({
      code: 'not_a_number',
      field: 'geometry.coordinates[0][2][1]',
    });
  });

  it.each([
    [null, 'required', 'geometry'],
    [{ type: 'Point', coordinates: [102.1, 36.5] }, 'wrong_type', 'geometry.type'],
    [{ type: 'Polygon', coordinates: [] }, 'malformed', 'geometry.coordinates'],
    [{ type: 'Polygon', coordinates: ['x'] }, 'malformed', 'geometry.coordinates[0]'],
    [{ type: 'Polygon', coordinates: [[...ccw.slice(0, 2), [102.11], ...ccw.slice(3)]] }, 'malformed', 'geometry.coordinates[0][2]'],
    [{ type: 'Polygon', coordinates: [ccw.map(([x, y]) => [String(x), y])] }, 'not_a_number', 'geometry.coordinates[0][0][0]'],
    [{ type: 'Polygon', coordinates: [ccw.map(([x, y]) => [x + 200, y])] }, 'out_of_range', 'geometry.coordinates[0][0][0]'],
  ] as const)('rejects %j with %s at %s', (input, code, field) => {
    expect(errorOf(input)).toMatchObject({ code, field });
  });

  it('refuses huge inputs before the quadratic kink check', () => {
    const result = validatePolygon({ type: 'Polygon', coordinates: [ccw] }, { maxPositions: 4 });
    expect(!result.ok && result.error.code).toBe('too_many_positions');
  });

  it('uses the given field prefix', () => {
    const result = validatePolygon({ type: 'Polygon', coordinates: [[ccw[0]]] }, { field: 'footprint' });
    expect(!result.ok && result.error.field).toBe('footprint.coordinates[0]');
  });
});

// Any axis-aligned rectangle inside Haidong, in either winding, comes back counter-clockwise.
test.prop([
  fc.double({ min: 101.7, max: 103.0, noNaN: true }), // + w ≤ 103.05 < maxLon 103.071
  fc.double({ min: 35.5, max: 37.09, noNaN: true }), // + h ≤ 37.14 < maxLat 37.148
  fc.double({ min: 1e-4, max: 0.05, noNaN: true }),
  fc.double({ min: 1e-4, max: 0.05, noNaN: true }),
  fc.boolean(),
])('normalises every rectangle to a counter-clockwise exterior', (x, y, w, h, clockwise) => {
  const ring = [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
    [x, y],
  ];
  const result = validatePolygon({ type: 'Polygon', coordinates: [clockwise ? ring.reverse() : ring] });
  expect(result.ok).toBe(true);
  if (result.ok) expect(booleanClockwise(result.value.coordinates[0])).toBe(false);
});
