// "My tasks" of a field inspector (issue 10): hazards whose rectification deadline falls within the
// next days or has passed (§四(二) 完成时限; open statuses as in hazardWorkflow.overdueRule) and
// pipeline users whose door-to-door check is due (§三(二), safetyCheckDue). No I/O.
import { addDays, type IsoDate } from '../shared/calendarDate';
import { overdueRule } from './hazardWorkflow';
import type { HazardStatus } from './vocabulary';

export const workQueueKinds = ['hazard', 'safety_check'] as const;
export type WorkQueueKind = (typeof workQueueKinds)[number];

export const workQueueRule = {
  /** Hazards still to be fixed: the statuses that can become overdue. */
  hazardStatuses: overdueRule.statuses,
  defaultDays: 7,
  maxDays: 90,
  /** The last deadline (or due day) in the queue: today + days. */
  horizon: (today: IsoDate, days: number): IsoDate => addDays(today, days),
};

/** Whether a hazard is in the queue on `today` looking `days` ahead. */
export function hazardInQueue(h: { status: HazardStatus; deadline: IsoDate }, today: IsoDate, days: number): boolean {
  const open: readonly HazardStatus[] = workQueueRule.hazardStatuses;
  return open.includes(h.status) && h.deadline <= workQueueRule.horizon(today, days);
}

