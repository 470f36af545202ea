// 回头看 (look-back): 东政办〔2023〕98号 §一(一) makes the second round a look-back at what the first
// round found (§四: rectification checked, closed-loop management). For each hazard found in round 1,
// its fate as seen in round 2. No I/O.
import type { Bilingual } from '../shared/bilingual';
import type { IsoDate } from '../shared/calendarDate';
import { isOverdue } from './hazardWorkflow';
import type { HazardCategory, HazardStatus } from './vocabulary';

/** In order of precedence: a problem found again outweighs the paperwork of the first one. */
export const lookBackFates = ['refound', 'rectified_verified', 'overdue', 'still_open'] as const;
export type LookBackFate = (typeof lookBackFates)[number];

export const lookBackFateLabels: Record<LookBackFate, Bilingual> = {
  refound: { zh: '再次发现', en: 'Found again' },
  rectified_verified: { zh: '已整改并复核', en: 'Rectified and verified' },
  overdue: { zh: '逾期未改', en: 'Overdue' },
  still_open: { zh: '仍在整改', en: 'Still open' },
};

export interface FirstRoundHazard {
  readonly id: number;
  readonly venueId: number;
  readonly category: HazardCategory;
  readonly groupNo: number;
  readonly districtCode: string;
  readonly status: HazardStatus;
  readonly deadline: IsoDate;
}

/** A hazard recorded in round 2: only where and what matter for "found again". */
export interface SecondRoundFinding {
  readonly venueId: number;
  readonly category: HazardCategory;
}

/**
 * The fate of a round-1 hazard on `today`: found again (the same category at the same venue was
 * recorded in round 2), else verified, else overdue (hazardWorkflow.isOverdue), else still open
 * (found, rectifying, or rectified awaiting verification).
 */
export function fateOf(h: FirstRoundHazard, refound: ReadonlySet<string>, today: IsoDate): LookBackFate {
  if (refound.has(`${h.venueId}|${h.category}`)) return 'refound';
  if (h.status === 'verified') return 'rectified_verified';
  if (isOverdue(h, today)) return 'overdue';
  return 'still_open';
}

export type FateCounts = Record<LookBackFate, number> & { total: number };

export interface LookBackRow extends FateCounts {
  readonly groupNo: number;
  readonly districtCode: string;
}

const emptyCounts = (): FateCounts => ({ total: 0, refound: 0, rectified_verified: 0, overdue: 0, still_open: 0 });

/** Each round-1 hazard with its fate, and the counts per group and district (sorted) and overall. */
export function lookBack(first: readonly FirstRoundHazard[], second: readonly SecondRoundFinding[], today: IsoDate) {
  const refound = new Set(second.map((s) => `${s.venueId}|${s.category}`));
  const byKey = new Map<string, LookBackRow & FateCounts>();
  const totals = emptyCounts();
  const fates = first.map((h) => {
    const fate = fateOf(h, refound, today);
    const key = `${h.groupNo}|${h.districtCode}`;
    const row = byKey.get(key) ?? { groupNo: h.groupNo, districtCode: h.districtCode, ...emptyCounts() };
    row[fate] += 1;
    row.total += 1;
    byKey.set(key, row);
    totals[fate] += 1;
    totals.total += 1;
    return { id: h.id, fate };
  });
  const rows = [...byKey.values()].sort((a, b) => a.groupNo - b.groupNo || a.districtCode.localeCompare(b.districtCode));
  return { fates, rows, totals };
}
