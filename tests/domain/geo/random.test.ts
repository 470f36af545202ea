import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import type { Polygon } from 'geojson';
import {
  createRng,
  int,
  normal,
  pick,
  pointInPolygon,
  randomPointInPolygon,
  shuffle,
  uniform,
  weightedPick,
} from '../../../data/generate/random';

const take = (seed: string, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng());
};

// A 4×4 square with a 2×2 hole in the middle: inside means 0 < x < 4 and not 1 < x, y < 3.
const frame: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ],
    [
      [1, 1],
      [1, 3],
      [3, 3],
      [3, 1],
      [1, 1],
    ],
  ],
};

describe('createRng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    expect(take('haidong', 50)).toEqual(take('haidong', 50));
    expect(take('haidong', 50)).not.toEqual(take('haidonG', 50));
  });

  it('is roughly uniform: 10 000 draws put 1 000 ± 150 in each tenth', () => {
    // Binomial(10 000, 0.1) has sd √900 = 30; 150 is 5 sd.
    const counts = new Array(10).fill(0);
    for (const v of take('uniformity', 10_000)) counts[Math.floor(v * 10)]++;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });
});

test.prop([fc.string(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 })])(
  'int stays within [min, max] and uniform within [min, max)',
  (seed, min, span) => {
    const rng = createRng(seed);
    for (let i = 0; i < 20; i++) {
      const n = int(rng, min, min + span);
      expect(Number.isInteger(n) && n >= min && n <= min + span).toBe(true);
      const u = uniform(rng, min, min + span + 1);
      expect(u >= min && u < min + span + 1).toBe(true);
    }
  },
);

test.prop([fc.string(), fc.array(fc.integer(), { minLength: 1, maxLength: 30 })])(
  'shuffle returns a permutation and leaves the input alone; pick returns a member',
  (seed, items) => {
    const before = items.slice();
    const out = shuffle(createRng(seed), items);
    expect(items).toEqual(before);
    expect(out.slice().sort((a, b) => a - b)).toEqual(before.slice().sort((a, b) => a - b));
    expect(items).toContain(pick(createRng(seed), items));
  },
);

test.prop([fc.string(), fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 10 }).filter((w) => w.some((x) => x > 0))])(
  'weightedPick never picks a zero-weight item',
  (seed, weights) => {
    const rng = createRng(seed);
    const indices = weights.map((_, i) => i);
    for (let i = 0; i < 50; i++) expect(weights[weightedPick(rng, indices, weights)]).toBeGreaterThan(0);
  },
);

describe('weightedPick and normal', () => {
  it('follows the weights: 1 : 3 over 8 000 draws gives 2 000 ± 200 of the first', () => {
    // Binomial(8 000, 0.25) has sd √1 500 ≈ 38.7; 200 is over 5 sd.
    const rng = createRng('weights');
    let first = 0;
    for (let i = 0; i < 8000; i++) if (weightedPick(rng, ['a', 'b'], [1, 3]) === 'a') first++;
    expect(Math.abs(first - 2000)).toBeLessThan(200);
  });

  it('rejects bad weights', () => {
    const rng = createRng('x');
    expect(() => weightedPick(rng, ['a'], [0])).toThrow(/zero/);
    expect(() => weightedPick(rng, ['a', 'b'], [1])).toThrow();
    expect(() => weightedPick(rng, ['a'], [-1])).toThrow(/bad weight/);
  });

  it('normal(10, 2) over 20 000 draws has mean 10 ± 0.1 and sd 2 ± 0.1', () => {
    // Standard error of the mean is 2 / √20 000 ≈ 0.014; 0.1 is 7 of them.
    const rng = createRng('normal');
    const xs = Array.from({ length: 20_000 }, () => normal(rng, 10, 2));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean - 10)).toBeLessThan(0.1);
    expect(Math.abs(sd - 2)).toBeLessThan(0.1);
  });
});

describe('pointInPolygon', () => {
  it.each([
    [0.5, 0.5, true],
    [2, 2, false], // in the hole
    [3.5, 2, true],
    [5, 2, false],
    [-0.1, 2, false],
  ])('(%d, %d) → %s', (x, y, inside) => {
    expect(pointInPolygon(x, y, frame)).toBe(inside);
  });
});

test.prop([fc.string()])('randomPointInPolygon lands in the frame, never in the hole', (seed) => {
  const rng = createRng(seed);
  for (let i = 0; i < 20; i++) {
    const [x, y] = randomPointInPolygon(rng, frame, { decimals: 3 });
    expect(x > 0 && x < 4 && y > 0 && y < 4).toBe(true);
    expect(x > 1 && x < 3 && y > 1 && y < 3).toBe(false);
  }
});

it('randomPointInPolygon refuses an empty polygon', () => {
  const line: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0], [0, 0]]] };
  expect(() => randomPointInPolygon(createRng('x'), line)).toThrow(/empty/);
});
