// What every benchmark case returns: rows of "ours beside a baseline", plus how to judge them.

/** `>=`: the ratio must be at least `value`; `<=`: at most. */
export type Goal = { op: '>=' | '<='; value: number };

export interface BenchRow {
  name: string;
  ours: number;
  baseline: number;
  unit: string;
  /** Defined per row: speed-up rows use baseline ÷ ours, size/latency rows ours ÷ baseline. */
  ratio: number;
  goal?: Goal;
  /** Result equality check against the baseline, when one was made. */
  verified?: 'PASS' | 'FAIL';
  note?: string;
}

export interface BenchContext {
  scale: number;
  quick: boolean;
  /** PostgreSQL server (with PostGIS available) where scratch databases are created. */
  pgUrl: string;
  log: (message: string) => void;
}

export interface BenchCase {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

/** Ratio for "ours is faster": baseline time ÷ our time. */
export function speedup(oursMs: number, baselineMs: number): number {
  return baselineMs / oursMs;
}

export function goalMet(row: BenchRow): boolean | null {
  if (!row.goal || !Number.isFinite(row.ratio)) return null;
  return row.goal.op === '>=' ? row.ratio >= row.goal.value : row.ratio <= row.goal.value;
}
