// A hazard's status on a past day, rebuilt from its append-only transition history (东政办〔2023〕98号
// §四(二) closed-loop management: every move found → rectifying → rectified → verified is kept),
// for the time slider: the map and the lists show the state as of the chosen day. No I/O.
import { chinaDate, type IsoDate } from '../shared/calendarDate';
import type { HazardStatus } from './vocabulary';

export interface StatusTransition {
  readonly from: HazardStatus | null;
  readonly to: HazardStatus;
  /** ISO 8601 instant with its offset, e.g. `2026-03-02T10:15:00+08:00`. */
  readonly at: string;
}

/**
 * The status at the end of `date` (a Haidong calendar day): the `to` of the last transition made
 * on or before that day, transitions taken in time order (equal instants in the given order).
 * Undefined when the hazard had not been recorded yet.
 */
export function statusAsOf(history: readonly StatusTransition[], date: IsoDate): HazardStatus | undefined {
  const ordered = history
    .map((t, i) => ({ t, i, ms: Date.parse(t.at) }))
    .sort((a, b) => a.ms - b.ms || a.i - b.i);
  let status: HazardStatus | undefined;
  for (const { t, ms } of ordered) {
    if (chinaDate(new Date(ms)) > date) break;
    status = t.to;
  }
  return status;
}

/**
 * The day overdue is judged on when the lists show the state as of `asOf`: that day when it is
 * in the past, else today (a later day holds no more moves than today's state).
 */
export function judgedOn(asOf: IsoDate | undefined, today: IsoDate): IsoDate {
  return asOf !== undefined && asOf < today ? asOf : today;
}
