import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * cyrb128 string hash: spreads a text seed over four 32-bit words so that
 * seeds differing by one character start sfc32 in unrelated states.
 */
function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * Seeded PRNG (sfc32, from PractRand). Same seed → same sequence on every platform,
 * because it uses only 32-bit integer arithmetic.
 */
export function createRng(seed: string): Rng {
  let [a, b, c, d] = hashSeed(seed);
  const next: Rng = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // sfc32 is weak for its first outputs; discard them.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Uniform in [min, max). */
export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

/** Uniform integer in [min, max], both inclusive. */
export function int(rng: Rng, min: number, max: number): number {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
    throw new RangeError(`int: need integers min ≤ max, got ${min}, ${max}`);
  }
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick: empty list');
  return items[Math.floor(rng() * items.length)];
}

/** Picks items[i] with probability weights[i] / Σ weights. */
export function weightedPick<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  if (items.length === 0 || items.length !== weights.length) {
    throw new RangeError('weightedPick: need as many weights as items, at least one');
  }
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weightedPick: bad weight ${w}`);
    total += w;
  }
  if (total === 0) throw new RangeError('weightedPick: all weights are zero');
  let r = rng() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  // Only reachable through rounding when r lands on total; take the last weighted item.
  for (let i = items.length - 1; i >= 0; i--) if (weights[i] > 0) return items[i];
  return items[items.length - 1];
}

/** Normal deviate by Box–Muller (one of the pair; the other is discarded to stay stateless). */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  const u = 1 - rng(); // (0, 1]: keeps log finite
  const v = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Fisher–Yates on a copy; the input is left untouched. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function ringContains(ring: Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0];
    const yi = ring[i][1];
    const xj = ring[j][0];
    const yj = ring[j][1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Even–odd ray casting over every ring, so holes and the zero-width bridges that
 * Sutherland–Hodgman clipping leaves along a cut both count correctly.
 */
export function pointInPolygon(x: number, y: number, polygon: Polygon | MultiPolygon): boolean {
  const polygons = polygon.type === 'Polygon' ? [polygon.coordinates] : polygon.coordinates;
  let inside = false;
  for (const rings of polygons) for (const ring of rings) if (ringContains(ring, x, y)) inside = !inside;
  return inside;
}

/** True when (x, y) lies exactly on an edge; such points belong to no single area. */
function onBoundary(x: number, y: number, polygon: Polygon | MultiPolygon): boolean {
  const polygons = polygon.type === 'Polygon' ? [polygon.coordinates] : polygon.coordinates;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1];
        const [x2, y2] = ring[i];
        const within = x >= Math.min(x1, x2) && x <= Math.max(x1, x2) && y >= Math.min(y1, y2) && y <= Math.max(y1, y2);
        if (within && (x2 - x1) * (y - y1) === (y2 - y1) * (x - x1)) return true;
      }
    }
  }
  return false;
}

function boundsOf(polygon: Polygon | MultiPolygon): [number, number, number, number] {
  const polygons = polygon.type === 'Polygon' ? [polygon.coordinates] : polygon.coordinates;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const rings of polygons) {
    for (const [x, y] of rings[0] ?? []) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

export interface RandomPointOptions {
  /** Decimal places kept in the result; the point is tested AFTER rounding so it stays inside. */
  decimals?: number;
  maxTries?: number;
}

/**
 * Uniform point (in lon/lat) strictly inside a polygon by rejection sampling within its bbox.
 * Throws if no point is found, which means the polygon has (almost) no area.
 */
export function randomPointInPolygon(
  rng: Rng,
  polygon: Polygon | MultiPolygon,
  options: RandomPointOptions = {},
): [number, number] {
  const { decimals = 6, maxTries = 10_000 } = options;
  const [minX, minY, maxX, maxY] = boundsOf(polygon);
  if (!(minX < maxX && minY < maxY)) throw new RangeError('randomPointInPolygon: empty polygon');
  const f = 10 ** decimals;
  for (let i = 0; i < maxTries; i++) {
    const x = Math.round(uniform(rng, minX, maxX) * f) / f;
    const y = Math.round(uniform(rng, minY, maxY) * f) / f;
    if (pointInPolygon(x, y, polygon) && !onBoundary(x, y, polygon)) return [x, y];
  }
  throw new RangeError(`randomPointInPolygon: no point found in ${maxTries} tries`);
}
