import { describe, expect, it } from 'vitest';
import { connectionCandidates, type ConnectionParcel } from '../../../api/domain/underground/connections';
import { footprintDistanceM } from '../../../api/domain/underground/footprintDistance';
import type { Level } from '../../../api/domain/underground/layerLevel';
import { rectM } from '../../fixtures/underground/geometry';

const parcel = (
  id: string,
  rect: [number, number, number, number],
  levels: Level[],
  approvedOn: string,
): ConnectionParcel => ({
  id,
  code: `LD-${id}`,
  footprint: rectM(...rect),
  layers: levels.map((level, i) => ({ level, topDepth: 1 + 4 * i, bottomDepth: 5 + 4 * i })),
  approvedOn,
});

// Mall under a plot: 40 m × 30 m, B1 and B2, approved 2024-03-01.
const mall = parcel('mall', [0, 0, 40, 30], ['B1', 'B2'], '2024-03-01');

describe('connectionCandidates (Art. 22)', () => {
  it('pairs parcels 3 m apart on a shared level; the earlier reserves, the later builds', () => {
    const road = parcel('road', [43, 0, 80, 30], ['B1'], '2023-12-01'); // gap x 40 → 43 = 3 m
    expect(connectionCandidates([mall, road])).toEqual([
      { a: 'mall', b: 'road', level: 'B1', distanceM: 3, reserves: 'road', builds: 'mall' },
    ]);
  });

  it('gives one candidate per shared level', () => {
    const deep = parcel('deep', [0, 32, 40, 60], ['B1', 'B2'], '2024-05-01'); // gap y 30 → 32 = 2 m
    expect(connectionCandidates([deep, mall]).map((c) => [c.level, c.distanceM, c.reserves])).toEqual([
      ['B1', 2, 'mall'],
      ['B2', 2, 'mall'],
    ]);
  });

  it('includes parcels whose footprints touch (distance 0)', () => {
    const touching = parcel('touch', [40, 0, 80, 30], ['B2'], '2025-01-01');
    expect(connectionCandidates([mall, touching])).toEqual([
      { a: 'mall', b: 'touch', level: 'B2', distanceM: 0, reserves: 'mall', builds: 'touch' },
    ]);
  });

  it('leaves out parcels more than 5 m apart, on other levels, or overlapping (a conflict)', () => {
    expect(connectionCandidates([mall, parcel('far', [46, 0, 80, 30], ['B1'], '2024-01-01')])).toEqual([]); // 6 m
    expect(connectionCandidates([mall, parcel('semi', [42, 0, 80, 30], ['semi'], '2024-01-01')])).toEqual([]); // no shared level
    expect(connectionCandidates([mall, parcel('over', [30, 0, 80, 30], ['B1'], '2024-01-01')])).toEqual([]); // 10 × 30 = 300 m² overlap
  });

  it('counts exactly 5 m as neighbouring and 5.1 m as not', () => {
    expect(connectionCandidates([mall, parcel('five', [45, 0, 80, 30], ['B1'], '2024-01-01')])).toHaveLength(1);
    expect(connectionCandidates([mall, parcel('more', [45.1, 0, 80, 30], ['B1'], '2024-01-01')])).toHaveLength(0);
  });

  it('breaks a tie on the date by the lower code', () => {
    const twin = parcel('a-twin', [43, 0, 80, 30], ['B1'], '2024-03-01'); // code LD-a-twin < LD-mall
    expect(connectionCandidates([mall, twin])).toEqual([
      { a: 'a-twin', b: 'mall', level: 'B1', distanceM: 3, reserves: 'a-twin', builds: 'mall' },
    ]);
  });

  it('measures diagonal gaps between corners', () => {
    const corner = parcel('corner', [43, 34, 60, 60], ['B1'], '2024-06-01'); // corner (40,30) → (43,34): √(3² + 4²) = 5 m
    const [c] = connectionCandidates([mall, corner]);
    expect(c.distanceM).toBe(5);
    expect(footprintDistanceM(mall.footprint, corner.footprint)).toBeCloseTo(5, 2);
  });

  it('treats a footprint inside another as distance 0', () => {
    expect(footprintDistanceM(rectM(0, 0, 40, 30), rectM(10, 10, 20, 20))).toBe(0);
  });

  it('rejects a parcel without a valid date', () => {
    expect(() => connectionCandidates([{ ...mall, approvedOn: '2024-02-30' }])).toThrow(/approvedOn/);
  });
});
