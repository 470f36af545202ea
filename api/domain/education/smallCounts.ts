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
  zh: `为保护未成年人信息，少于 ${threshold} 人的数字不显示（记为 null）`,
  en: `To protect minors, counts below ${threshold} are withheld (shown as null)`,
});

/** Who sees suppressed figures: officials see aggregates only; education staff and admins see cases anyway. */
export const suppressesFor = (role: string) => role === 'official';
