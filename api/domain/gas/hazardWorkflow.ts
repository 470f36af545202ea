// Closed-loop hazard workflow (东政办〔2023〕98号 §四(二) "形成闭环管理"):
// found → rectifying → rectified → verified, and rectified → rectifying when a check fails.
// Nothing skips a state and nothing leaves `verified` (销号). No I/O.
import type { Bilingual } from '../shared/bilingual';
import { addDays, daysBetween, dayNumber, type IsoDate } from '../shared/calendarDate';
import type { Actor, HazardStatus, Severity } from './vocabulary';

export interface HazardTransition {
  readonly from: HazardStatus;
  readonly to: HazardStatus;
  readonly article: string;
}

export const hazardTransitions: readonly HazardTransition[] = [
  // §四(二): measures, responsible unit and person, deadline are set; rectification starts.
  { from: 'found', to: 'rectifying', article: '东政办〔2023〕98号 §四(二)' },
  // §五(二) "即查即改，逐个销项": the unit reports the hazard fixed.
  { from: 'rectifying', to: 'rectified', article: '东政办〔2023〕98号 §五(二)' },
  // §四(二) "是否按要求整改到位，是否形成闭环管理": a check confirms the fix and closes it.
  { from: 'rectified', to: 'verified', article: '东政办〔2023〕98号 §四(二)' },
  // §四(二) "是否按要求整改到位": a failed check sends it back to rectification.
  { from: 'rectified', to: 'rectifying', article: '东政办〔2023〕98号 §四(二)' },
];

export function nextStatuses(from: HazardStatus): HazardStatus[] {
  return hazardTransitions.filter((t) => t.from === from).map((t) => t.to);
}

export interface WorkflowHazard {
  readonly status: HazardStatus;
  readonly severity: Severity;
  /** The inspection group that found the hazard and follows it up. */
  readonly groupNo: number;
}

export type TransitionResult =
  | { readonly ok: true; readonly from: HazardStatus; readonly to: HazardStatus }
  | {
      readonly ok: false;
      readonly code: 'forbidden_transition' | 'role_forbidden';
      readonly reason: Bilingual;
    };

/**
 * Checks a move of `hazard` to `to` by `actor`. The edge is checked first (a move that no one
 * may make is `forbidden_transition`), then the actor (`role_forbidden`):
 * - officials and admins may make every allowed move;
 * - inspectors only on hazards of their own group, and never verify a major hazard — a major
 *   hazard is 挂牌督办 until an official confirms it eliminated (§五(二) "挂牌跟踪督办，直至隐患消除");
 * - planners and education staff make none.
 */
export function transition(hazard: WorkflowHazard, to: HazardStatus, actor: Actor): TransitionResult {
  const from = hazard.status;
  if (!nextStatuses(from).includes(to)) {
    const allowed = nextStatuses(from);
    return {
      ok: false,
      code: 'forbidden_transition',
      reason: {
        zh: `不允许从「${from}」变为「${to}」`,
        en: allowed.length === 0 ? `a ${from} hazard is closed; it cannot move to ${to}` : `a ${from} hazard can only move to ${allowed.join(' or ')}, not ${to}`,
      },
    };
  }
  const refusal = actorRefusal(hazard, to, actor);
  if (refusal) return { ok: false, code: 'role_forbidden', reason: { zh: '当前角色无权执行该操作', en: refusal } };
  return { ok: true, from, to };
}

function actorRefusal(hazard: WorkflowHazard, to: HazardStatus, actor: Actor): string | null {
  switch (actor.role) {
    case 'official':
    case 'admin':
      return null;
    case 'inspector':
      if (actor.groupNo == null || actor.groupNo !== hazard.groupNo) {
        return `only inspectors of group ${hazard.groupNo} may move this hazard`;
      }
      if (to === 'verified' && hazard.severity === 'major') {
        return 'only an official verifies a major hazard (挂牌督办, 东政办〔2023〕98号 §五(二))';
      }
      return null;
    case 'planner':
    case 'education':
      return `a ${actor.role} has no part in hazard handling`;
  }
}

export interface DeadlineHazard {
  readonly status: HazardStatus;
  readonly deadline: IsoDate;
}

/**
 * The overdue rule (§四(二) 完成时限) as data, so the repositories' SQL applies this same rule
 * (db/repositories/gasHazards.ts `overdueSql`): a hazard not yet fixed whose deadline is on or
 * before the last overdue deadline — the day before today, as the deadline day is still in time.
 */
export const overdueRule = {
  statuses: ['found', 'rectifying'] as const satisfies readonly HazardStatus[],
  lastOverdueDeadline: (today: IsoDate): IsoDate => addDays(today, -1),
};

/** Past its deadline (the deadline day itself is still in time) and not yet fixed. */
export function isOverdue(hazard: DeadlineHazard, today: IsoDate): boolean {
  const open: readonly HazardStatus[] = overdueRule.statuses;
  return open.includes(hazard.status) && dayNumber(hazard.deadline) <= dayNumber(overdueRule.lastOverdueDeadline(today));
}

export type DeadlineCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'deadline_before_found'; readonly reason: Bilingual };

/** §四(二) 完成时限: a deadline may be the day found (即查即改) but never before it. */
export function validateDeadline(foundAt: IsoDate, deadline: IsoDate): DeadlineCheck {
  if (dayNumber(deadline) < dayNumber(foundAt)) {
    return {
      ok: false,
      code: 'deadline_before_found',
      reason: { zh: `整改时限 ${deadline} 早于发现日期 ${foundAt}`, en: `deadline ${deadline} is before the day the hazard was found (${foundAt})` },
    };
  }
  return { ok: true };
}

/** Days from `today` to the deadline; 0 on the day, negative = days overdue. */
export function daysLeft(deadline: IsoDate, today: IsoDate): number {
  return daysBetween(today, deadline);
}
