import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { parseBbox } from '../../../api/domain/geo/bbox';
import { haidongExtent } from '../../../api/domain/geo/haidongExtent';

describe('parseBbox', () => {
  it('parses a Haidong viewport', () => {
    expect(parseBbox('101.7,36.4,102.3, 36.6')).toEqual({ ok: true, value: [101.7, 36.4, 102.3, 36.6] });
  });

  it.each([
    [undefined, 'required', 'bbox'],
    ['  ', 'required', 'bbox'],
    ['101,36,102', 'malformed', 'bbox'],
    ['101,36,102,37,1', 'malformed', 'bbox'],
    ['101,abc,102,37', 'not_a_number', 'bbox[1]'],
    ['101,36,,37', 'not_a_number', 'bbox[2]'],
    ['0x10,36,102,37', 'not_a_number', 'bbox[0]'],
    ['101,36,102,Infinity', 'not_a_number', 'bbox[3]'],
    ['101,36,102,1e400', 'not_a_number', 'bbox[3]'],
    ['-181,36,102,37', 'out_of_range', 'bbox[0]'],
    ['101,-90.5,102,37', 'out_of_range', 'bbox[1]'],
    ['102,36,101,37', 'inverted', 'bbox'],
    ['101,37,102,37', 'inverted', 'bbox'],
  ] as const)('%s → %s at %s', (raw, code, field) => {
    const result = parseBbox(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code, field });
      expect(result.error.reason.zh.length).toBeGreaterThan(0);
      expect(result.error.reason.en.length).toBeGreaterThan(0);
    }
  });

  it('names the query parameter given', () => {
    const result = parseBbox('1,2', { field: 'extent' });
    expect(!result.ok && result.error.field).toBe('extent');
  });

  it('rejects a bbox away from Haidong only when asked to', () => {
    // Beijing, about 116.4°E 39.9°N: east of haidongExtent's maxLon 103.07.
    expect(parseBbox('116,39,117,40').ok).toBe(true);
    const result = parseBbox('116,39,117,40', { mustIntersect: haidongExtent });
    expect(!result.ok && result.error.code).toBe('outside_extent');
    // Overlaps Haidong's south-west corner (101.667, 35.448): accepted.
    expect(parseBbox('100,35,101.7,35.5', { mustIntersect: haidongExtent }).ok).toBe(true);
  });
});

test.prop([
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.double({ min: -90, max: 90, noNaN: true }),
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.double({ min: -90, max: 90, noNaN: true }),
])('round-trips any well-ordered bbox and rejects any other', (a, b, c, d) => {
  const result = parseBbox([a, b, c, d].map(String).join(','));
  expect(result.ok).toBe(a < c && b < d);
  if (result.ok) expect(result.value).toEqual([a, b, c, d].map((v) => Number(String(v))));
});
