import type { Bilingual } from '../shared/bilingual';

/**
 * Small-count suppression for figures about children shown to officials (issue 14; PIPL Art. 28
 * and 31, minors' data; the statistical-disclosure rule of thumb that a cell below 3 can point to
 * one child). A count of 1 … threshold−1 is withheld (null); 0 and counts ≥ threshold are shown.
 * Pure; the threshold is a setting (CHILD_COUNT_THRESHOLD, default 3).
 */
export function suppressSmall(count: number, threshold: number): number | null {
  return count > 0 && count < threshold ? null : count;
}

export const suppressionNote = (threshold: number): Bilingual => ({
  zh: `为保护未成年人信息，少于 ${threshold} 人的数字不显示（记为 null），由其算出的比率、均值也不显示`,
  en: `To protect minors, counts below ${threshold} are withheld (shown as null), and so are rates and means computed from them`,
});

/** Who sees suppressed figures: officials see aggregates only; education staff and admins see cases anyway. */
export const suppressesFor = (role: string) => role === 'official';

/** What an answer says about its suppression: null when nothing was suppressed for this caller. */
export interface Suppression {
  threshold: number;
  /** How many figures (counts, or whole cells where cells are left out) were withheld. */
  cellsWithheld: number;
  note: Bilingual;
}

/**
 * The one way an aggregate about children is suppressed (issue 14, "Privacy of aggregates"): a
 * guard per answer. `count(n)` withholds a small count and tallies it; `derived(v, …inputs)`
 * withholds a figure computed from a withheld count (a rate, a share, a mean), so 1 ÷ 40 cannot
 * be recovered; `keep(n)` says whether a cell that is left out entirely (a grid cell) stays;
 * `report()` is the answer's `suppression` field. For other roles every figure passes.
 */
export function smallCountGuard(role: string, threshold: number) {
  const on = suppressesFor(role);
  let withheld = 0;
  const count = (n: number): number | null => {
    const v = on ? suppressSmall(n, threshold) : n;
    if (v === null) withheld++;
    return v;
  };
  return {
    on,
    count,
    derived: <T>(value: T, ...inputs: readonly (number | null)[]): T | null => (inputs.some((i) => i === null) ? null : value),
    keep: (n: number): boolean => count(n) !== null,
    report: (): Suppression | null => (on ? { threshold, cellsWithheld: withheld, note: suppressionNote(threshold) } : null),
  };
}
export type SmallCountGuard = ReturnType<typeof smallCountGuard>;
