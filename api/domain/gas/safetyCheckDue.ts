// When a pipeline-gas user's next door-to-door safety check falls due (东政办〔2023〕98号 §三(二)).
// No I/O.
import { addYears, daysBetween, dayNumber, type IsoDate } from '../shared/calendarDate';
import { safetyCheckRuleSets, type SafetyCheckRuleSet } from './safetyCheckRules';
import type { PipelineUserKind } from './vocabulary';

export interface PipelineUser {
  readonly pipelineUserKind: PipelineUserKind;
  /** Day of the last indoor safety check; null = never checked. */
  readonly lastCheckOn: IsoDate | null;
}

export interface SafetyCheckDue {
  /** A check is required now: the due day has come, or there never was a check. */
  readonly due: boolean;
  /** Past the due day (more than the interval since the last check), or never checked. */
  readonly overdue: boolean;
  /** Last check + interval (a check that day is in time); null when never checked or not applicable. */
  readonly dueDate: IsoDate | null;
  /** Days past the due day (0 when not overdue); null when never checked. */
  readonly daysOverdue: number | null;
  /** The rule set applied; null for users that are not pipeline users. */
  readonly ruleSetId: string | null;
  readonly intervalYears: number | null;
}

export function ruleSetOn(date: IsoDate, ruleSets: readonly SafetyCheckRuleSet[]): SafetyCheckRuleSet {
  const day = dayNumber(date);
  const found = ruleSets.find(
    (r) => dayNumber(r.effectiveFrom) <= day && (r.effectiveTo === null || day <= dayNumber(r.effectiveTo)),
  );
  if (!found) throw new RangeError(`no safety-check rule set in force on ${date}`);
  return found;
}

/**
 * Due status on `today` under the rule set in force that day. Bottled-gas users ('none') have no
 * pipeline check duty and are never due. Interval arithmetic is by calendar year: a check on
 * 2023-03-15 is due again by 2024-03-15 (non-residential) and overdue from 2024-03-16.
 */
export function safetyCheckDue(
  user: PipelineUser,
  today: IsoDate,
  ruleSets: readonly SafetyCheckRuleSet[] = safetyCheckRuleSets,
): SafetyCheckDue {
  if (user.pipelineUserKind === 'none') {
    dayNumber(today);
    return { due: false, overdue: false, dueDate: null, daysOverdue: 0, ruleSetId: null, intervalYears: null };
  }
  const rules = ruleSetOn(today, ruleSets);
  const intervalYears = rules.intervalYears[user.pipelineUserKind];
  if (user.lastCheckOn === null) {
    return { due: true, overdue: true, dueDate: null, daysOverdue: null, ruleSetId: rules.id, intervalYears };
  }
  if (dayNumber(user.lastCheckOn) > dayNumber(today)) {
    throw new RangeError(`last check ${user.lastCheckOn} is after today ${today}`);
  }
  const dueDate = addYears(user.lastCheckOn, intervalYears);
  const past = daysBetween(dueDate, today);
  return {
    due: past >= 0,
    overdue: past > 0,
    dueDate,
    daysOverdue: Math.max(0, past),
    ruleSetId: rules.id,
    intervalYears,
  };
}
