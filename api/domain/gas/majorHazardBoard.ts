// 挂牌督办 board: major hazards are listed and tracked until eliminated, and one that cannot be
// fixed in time must have interim control measures (东政办〔2023〕98号 §五(二)). No I/O.
import type { IsoDate } from '../shared/calendarDate';
import { daysLeft, isOverdue } from './hazardWorkflow';
import type { HazardStatus, Severity } from './vocabulary';

export interface BoardHazard {
  readonly id: string;
  readonly severity: Severity;
  readonly status: HazardStatus;
  readonly deadline: IsoDate;
  /** §五(二) "一时不能整改到位的要落实管控措施"; empty or absent = none recorded. */
  readonly interimMeasures?: string | null;
}

export type BoardRow<H extends BoardHazard> = H & {
  readonly daysLeft: number;
  readonly overdue: boolean;
  /** Overdue and no interim control measures recorded. */
  readonly interimControlMissing: boolean;
};

/**
 * Majors not yet verified, sorted by days left ascending (most overdue first), ties by id.
 * A rectified major stays on the board until an official verifies it; it is not overdue.
 */
export function majorHazardBoard<H extends BoardHazard>(hazards: readonly H[], today: IsoDate): BoardRow<H>[] {
  return hazards
    .filter((h) => h.severity === 'major' && h.status !== 'verified')
    .map((h) => {
      const overdue = isOverdue(h, today);
      return {
        ...h,
        daysLeft: daysLeft(h.deadline, today),
        overdue,
        interimControlMissing: overdue && !h.interimMeasures?.trim(),
      };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.id.localeCompare(b.id));
}
