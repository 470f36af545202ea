import { describe, expect, it } from 'vitest';
import { area, bbox } from '@turf/turf';
import type { Polygon } from 'geojson';
import { townshipAreas, withoutSlivers } from '../../../data/generate/townships';
import type { County, Township } from '../../../data/generate/referenceData';

// A 2° × 1° lon/lat rectangle on the equator: on turf's sphere the area of a lon/lat box is
// R² · Δλ · (sin φ₂ − sin φ₁), so shares along x are linear in λ and shares along y go with sin φ.
const county: County = {
  code: '999901',
  name: 'test county',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [2, 0],
        [2, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  },
};
const township = (code: string, villageCount: number): Township => ({ code, name: `t${code}`, countyCode: '999901', villageCount });

describe('townshipAreas (golden, hand-computed)', () => {
  const [a, b, c] = townshipAreas(county, [township('999901001', 1), township('999901002', 1), township('999901003', 2)]);

  it('first cut: weights 1+1 | 2 → half each; width 2·cos 0.5° ≈ 1.9999 > height 1, so a vertical cut at λ = 1', () => {
    expect(bbox(c)).toEqual([1, 0, 2, 1]);
  });

  it('second cut: [0,1]² is 1·cos 0.5° ≈ 0.99996 wide < 1 high, so horizontal at sin φ = sin 1° / 2', () => {
    // sin 1° = 0.0174524064; / 2 = 0.0087262032; asin → 0.0087263140 rad = 0.4999810°
    const cut = 0.499981;
    const [ax0, ay0, ax1, ay1] = bbox(a);
    expect([ax0, ay0, ax1]).toEqual([0, 0, 1]);
    expect(ay1).toBeCloseTo(cut, 6);
    const [bx0, by0, bx1, by1] = bbox(b);
    expect([bx0, bx1, by1]).toEqual([0, 1, 1]);
    expect(by0).toBeCloseTo(cut, 6);
  });

  it('areas are proportional to village counts 1 : 1 : 2', () => {
    const whole = area(county.geometry);
    expect(area(a) / whole).toBeCloseTo(0.25, 8);
    expect(area(b) / whole).toBeCloseTo(0.25, 8);
    expect(area(c) / whole).toBeCloseTo(0.5, 8);
  });

  it('labels every piece synthetic and returns them sorted by code', () => {
    expect([a, b, c].map((f) => f.properties)).toEqual([
      { code: '999901001', name: 't999901001', countyCode: '999901', villageCount: 1, synthetic: true },
      { code: '999901002', name: 't999901002', countyCode: '999901', villageCount: 1, synthetic: true },
      { code: '999901003', name: 't999901003', countyCode: '999901', villageCount: 2, synthetic: true },
    ]);
  });
});

describe('townshipAreas edge cases', () => {
  it('gives a township without villages the land of one village', () => {
    // weights max(0,1) = 1 and 3 → shares 1/4 and 3/4
    const [empty, full] = townshipAreas(county, [township('999901001', 0), township('999901002', 3)]);
    expect(area(empty) / area(county.geometry)).toBeCloseTo(0.25, 8);
    expect(area(full) / area(county.geometry)).toBeCloseTo(0.75, 8);
  });

  it('keeps a lone township as the whole county', () => {
    const [only] = townshipAreas(county, [township('999901001', 5)]);
    expect(only.geometry).toEqual(county.geometry);
  });

  it('refuses a county without townships', () => {
    expect(() => townshipAreas(county, [{ ...township('630202001', 3), countyCode: '630202' }])).toThrow(/no townships/);
  });
});

describe('withoutSlivers', () => {
  it('drops repeated vertices, degenerate rings and parts under 10 m²', () => {
    const big = [
      [0, 0],
      [0.01, 0],
      [0.01, 0],
      [0.01, 0.01],
      [0, 0],
    ];
    // 1e-5° ≈ 1.1 m square ≈ 1.2 m² < 10 m²
    const tiny = [
      [1, 1],
      [1.00001, 1],
      [1.00001, 1.00001],
      [1, 1],
    ];
    const cleaned = withoutSlivers({ type: 'MultiPolygon', coordinates: [[big], [tiny], [[[2, 2], [2, 2], [2, 2], [2, 2]]]] });
    expect(cleaned).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0.01, 0],
          [0.01, 0.01],
          [0, 0],
        ],
      ],
    } satisfies Polygon);
  });

  it('returns null when nothing is left', () => {
    expect(withoutSlivers({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
});
