import { describe, expect, it } from 'vitest';
import { conflictsWith, findConflicts } from '../../../api/domain/underground/conflicts';
import { naiveConflicts } from '../../reference/naiveConflicts';
import { ParcelGeometryError, type ParcelVolume } from '../../../api/domain/underground/parcelVolume';
import { rectM } from '../../fixtures/underground/geometry';

const parcel = (id: string, rect: [number, number, number, number], top: number, bottom: number): ParcelVolume => ({
  id,
  code: `LD-${id}`,
  footprint: rectM(...rect),
  layers: [{ level: 'B1', topDepth: top, bottomDepth: bottom }],
});

// P1: 40 m × 30 m at the origin, 0–10 m deep.
const p1 = parcel('p1', [0, 0, 40, 30], 0, 10);

describe('findConflicts', () => {
  it('reports footprint overlap > 1 m² with overlapping depths', () => {
    const p2 = parcel('p2', [30, 10, 70, 50], 5, 15);
    const [c, ...rest] = findConflicts([p2, p1]);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ a: 'p1', b: 'p2', depthFrom: 5, depthTo: 10 }); // depths (0,10) ∩ (5,15) = (5,10)
    expect(c.overlapAreaM2).toBeCloseTo(200, 0); // x 30…40 (10 m) × y 10…30 (20 m) = 200 m²
  });

  it('ignores depth ranges that only touch (open intervals)', () => {
    const below = parcel('p3', [30, 10, 70, 50], 10, 20); // starts where p1 ends
    expect(findConflicts([p1, below])).toEqual([]);
  });

  it('ignores footprints that only touch along an edge', () => {
    const beside = parcel('p4', [40, 0, 80, 30], 0, 10); // shares the x = 40 m edge
    expect(findConflicts([p1, beside])).toEqual([]);
  });

  it('ignores slivers of at most 1 m² and reports 2 m²', () => {
    const sliver = parcel('p5', [39.5, 0, 60, 1.5], 0, 10); // 0.5 m × 1.5 m = 0.75 m²
    const strip = parcel('p6', [39, 0, 60, 2], 0, 10); // 1 m × 2 m = 2 m²
    const found = findConflicts([p1, sliver, strip]);
    expect(found.map((c) => [c.a, c.b])).toEqual([
      ['p1', 'p6'],
      ['p5', 'p6'], // p5 x 39.5…60 × y 0…1.5 inside p6 x 39…60 × y 0…2 → 20.5 × 1.5 = 30.75 m²
    ]);
    expect(found[0].overlapAreaM2).toBeCloseTo(2, 1);
    expect(found[1].overlapAreaM2).toBeCloseTo(30.75, 1);
  });

  it('agrees with the all-pairs baseline', () => {
    const set = [p1, parcel('p2', [30, 10, 70, 50], 5, 15), parcel('p7', [60, 40, 90, 60], 0, 3), parcel('p8', [500, 500, 520, 520], 0, 9)];
    expect(findConflicts(set)).toEqual(naiveConflicts(set));
    // p2–p7 overlap x 60…70 × y 40…50 = 100 m² but depths (5,15) and (0,3) are disjoint
    expect(findConflicts(set).map((c) => [c.a, c.b])).toEqual([['p1', 'p2']]);
  });

  it('validates footprints and layers', () => {
    expect(() => findConflicts([{ ...p1, layers: [] }])).toThrow(ParcelGeometryError);
    expect(() => findConflicts([{ ...p1, layers: [{ level: 'B1', topDepth: 5, bottomDepth: 5 }] }])).toThrow(ParcelGeometryError);
    expect(() => findConflicts([{ ...p1, footprint: { type: 'Polygon', coordinates: [[[102.4, 36.48]]] } }])).toThrow(ParcelGeometryError);
    expect(findConflicts([])).toEqual([]);
  });
});

describe('conflictsWith', () => {
  it('checks a candidate against the others, skipping its own previous version', () => {
    const existing = [p1, parcel('p2', [100, 0, 140, 30], 0, 10)];
    const candidate = parcel('new', [20, 20, 120, 40], 2, 4);
    const found = conflictsWith(candidate, existing);
    expect(found.map((c) => [c.a, c.b])).toEqual([
      ['new', 'p1'], // x 20…40 × y 20…30 = 200 m²
      ['new', 'p2'], // x 100…120 × y 20…30 = 200 m²
    ]);
    expect(found[0]).toMatchObject({ depthFrom: 2, depthTo: 4 });
    const moved = { ...p1, footprint: rectM(5, 0, 45, 30) };
    expect(conflictsWith(moved, existing)).toEqual([]); // p1's old version is ignored
    expect(conflictsWith(candidate, [])).toEqual([]);
  });
});
