import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { findConflicts } from '../../../api/domain/underground/conflicts';
import { naiveConflicts } from '../../reference/naiveConflicts';
import type { FeeQuoteInput, FeeQuoteLayerInput } from '../../../api/domain/underground/feeInput';
import { feePolicies } from '../../../api/domain/underground/feePolicies';
import { feeQuote } from '../../../api/domain/underground/feeQuote';
import type { ParcelVolume } from '../../../api/domain/underground/parcelVolume';
import { parcelUses, supplyMethods } from '../../../api/domain/underground/vocabulary';
import { rectM } from '../../fixtures/underground/geometry';

const money = fc.double({ min: 0, max: 200_000, noNaN: true, noDefaultInfinity: true });
const area = fc.double({ min: 0, max: 100_000, noNaN: true, noDefaultInfinity: true });

// A stack of 1–4 layers, each starting where the previous one ended (0–1 m slab in between),
// so inputs are always valid and levels come from the depths.
const stack = fc
  .array(
    fc.record({
      gap: fc.double({ min: 0, max: 1, noNaN: true }),
      thickness: fc.double({ min: 2, max: 8, noNaN: true }),
      netHeight: fc.double({ min: 1.8, max: 6, noNaN: true }),
      area,
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((raw) => {
    let depth = 0.5; // first ceiling 0.5 m below ground: every floor is > h/2 deep → basement
    return raw.map((r): FeeQuoteLayerInput => {
      const topDepth = depth + r.gap;
      depth = topDepth + r.thickness;
      return { topDepth, bottomDepth: depth, netHeight: Math.min(r.netHeight, r.thickness), area: r.area };
    });
  });

const quoteInput = fc.record({
  supply: fc.constantFrom(...supplyMethods),
  use: fc.constantFrom(...parcelUses),
  surfaceAllocated: fc.boolean(),
  publicParking: fc.boolean(),
  surfaceUnitPrice: money,
  layers: stack,
})
  // Art. 15 ¶1: lease exists only for civil-air-defence space (issue 13); other uses are refused.
  .map((i) => (i.supply === 'lease' ? { ...i, use: 'civil_air_defence' as const } : i)) as fc.Arbitrary<FeeQuoteInput>;

describe('fee quote properties', () => {
  test.prop([quoteInput])('fee is never negative and total = sum of layer fees', (input) => {
    const q = feeQuote(input, feePolicies, '2024-05-01');
    expect(q.total).toBeGreaterThanOrEqual(0);
    for (const l of q.layers) expect(l.fee).toBeGreaterThanOrEqual(0);
    const cents = q.layers.reduce((s, l) => s + Math.round(l.fee * 100), 0);
    expect(Math.round(q.total * 100)).toBe(cents);
  });

  test.prop([quoteInput, fc.nat({ max: 3 }), fc.double({ min: 0, max: 50_000, noNaN: true })])(
    'never decreases when a layer grows',
    (input, which, extra) => {
      const i = which % input.layers.length;
      const grown = { ...input, layers: input.layers.map((l, k) => (k === i ? { ...l, area: l.area + extra } : l)) };
      expect(feeQuote(grown, feePolicies, '2024-05-01').total).toBeGreaterThanOrEqual(feeQuote(input, feePolicies, '2024-05-01').total);
    },
  );

  test.prop([quoteInput, fc.integer({ min: 2, max: 9 })])('is zero for B2 and deeper at any price', (input, first) => {
    // Deep layers labelled B2…, below 8 m so the depths agree with the labels.
    const layers = input.layers.map((l, k) => ({ ...l, level: `B${first + k}` as const, topDepth: l.topDepth + 8, bottomDepth: l.bottomDepth + 8 }));
    const q = feeQuote({ ...input, layers }, feePolicies, '2024-05-01');
    expect(q.total).toBe(0);
    expect(q.startingPrice ?? 0).toBe(0);
  });
});

// Random rectangles within ~300 m of 乐都区, with random depth ranges.
const rect = fc.record({
  x: fc.integer({ min: 0, max: 300 }),
  y: fc.integer({ min: 0, max: 300 }),
  w: fc.integer({ min: 1, max: 80 }),
  h: fc.integer({ min: 1, max: 80 }),
  top: fc.integer({ min: 0, max: 20 }),
  depth: fc.integer({ min: 1, max: 10 }),
});

describe('conflict index properties', () => {
  test.prop([fc.array(rect, { minLength: 0, maxLength: 25 })], { numRuns: 60 })('findConflicts equals naiveConflicts', (rects) => {
    const parcels: ParcelVolume[] = rects.map((r, i) => ({
      id: `p${i}`,
      code: `LD-${String(i).padStart(3, '0')}`,
      footprint: rectM(r.x, r.y, r.x + r.w, r.y + r.h),
      layers: [{ level: 'B1', topDepth: r.top, bottomDepth: r.top + r.depth }],
    }));
    expect(findConflicts(parcels)).toEqual(naiveConflicts(parcels));
  });
});
