// Timing helpers: warm-up, then the median of several runs, on the monotonic clock.

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile (p in 0…100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1];
}

export async function timeOnce<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export interface Timed<T> {
  /** Median of the measured runs, milliseconds. */
  ms: number;
  runs: number[];
  /** Result of the last run (for verification). */
  value: T;
}

/** `warmups` unmeasured runs, then `runs` measured ones; returns the median. */
export async function timeMedian<T>(fn: () => T | Promise<T>, runs = 3, warmups = 1): Promise<Timed<T>> {
  let value: T | undefined;
  for (let i = 0; i < warmups; i++) value = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await timeOnce(fn);
    times.push(r.ms);
    value = r.value;
  }
  return { ms: median(times), runs: times, value: value as T };
}
