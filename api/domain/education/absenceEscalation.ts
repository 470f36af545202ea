// Absence escalation (沙坡头 卫沙政办规发〔2023〕4号 Art. 7; 海东 东政办〔2023〕101号 Art. 5, 12(八), 15):
// from a child's unexcused absence dates and what has already been done, which actions are due
// under the jurisdiction's rule set. Thresholds live in ruleSets.ts. No I/O.
//
// Reading chosen (stated in output): days are calendar days. The streak is the last run of
// absence dates in which each date is the day after the previous one, so the school records an
// unexcused absence for every calendar day the child is away (weekends included); a gap of one
// day or more starts a new streak. "Now" is the last recorded absence date: an event-based step
// ("5 days after the notice") is due once the absence streak reaches that date.

import { dayNumber, fromDayNumber } from '../shared/calendarDate';
import type { DropoutRuleSet, EscalationStep } from './ruleSets';
import { escalationStages, type EscalationAction, type EscalationEvent, type EscalationStage } from './vocabulary';

export interface AbsenceEvents {
  homeVisitFailedOn?: string;
  noticeIssuedOn?: string;
  actionsDone?: readonly EscalationAction[];
}

export interface DueAction {
  action: EscalationAction;
  /** Date the action falls due; null when the source sets no deadline. */
  dueDate: string | null;
  article: string;
  textZh: string;
  textEn: string;
  done: boolean;
}

export interface NextAction extends Omit<DueAction, 'done'> {
  /** false: not yet due — it becomes due if the absence continues or the event happens. */
  triggered: boolean;
}

export interface AbsenceEscalation {
  ruleSetId: string;
  stage: EscalationStage;
  consecutiveDays: number;
  streakStart: string | null;
  actionsDue: DueAction[];
  nextAction: NextAction | null;
  dropoutMarked: boolean;
  reading: string;
}

export const absenceDayReading =
  'calendar days: consecutive absence dates one calendar day apart; a gap starts a new streak';

/** Trailing run of consecutive calendar days: [start day number, length]. */
function trailingStreak(absenceDates: readonly string[]): [number, number] {
  const days = [...new Set(absenceDates.map(dayNumber))].sort((a, b) => a - b);
  if (days.length === 0) return [0, 0];
  let start = days.length - 1;
  while (start > 0 && days[start - 1] === days[start] - 1) start--;
  return [days[start], days.length - start];
}

function eventDate(events: AbsenceEvents, event: EscalationEvent): string | undefined {
  return event === 'home_visit_failed' ? events.homeVisitFailedOn : events.noticeIssuedOn;
}

function isDone(step: EscalationStep, events: AbsenceEvents): boolean {
  if (events.actionsDone?.includes(step.action)) return true;
  return step.action === 'deadline_notice' && events.noticeIssuedOn !== undefined;
}

/** Day the step is (or, if the absence goes on, would be) triggered, and whether it is. */
function triggerDate(step: EscalationStep, start: number, length: number, events: AbsenceEvents): { date: number | null; triggered: boolean } {
  const lastDay = start + length - 1;
  if (step.trigger.kind === 'absence_days') {
    const date = start + step.trigger.minDays - 1;
    return { date: length > 0 ? date : null, triggered: length >= step.trigger.minDays };
  }
  const happened = eventDate(events, step.trigger.event);
  if (happened === undefined) return { date: null, triggered: false };
  if (step.trigger.afterDays === null) return { date: dayNumber(happened), triggered: true };
  const date = dayNumber(happened) + step.trigger.afterDays;
  return { date, triggered: length > 0 && lastDay >= date };
}

export function escalateAbsence(
  absenceDates: readonly string[],
  events: AbsenceEvents,
  ruleSet: DropoutRuleSet,
): AbsenceEscalation {
  const [start, length] = trailingStreak(absenceDates);
  const actionsDue: DueAction[] = [];
  let stage: EscalationStage = 'none';
  let dropoutMarked = false;
  let nextAction: NextAction | null = null;

  for (const step of ruleSet.escalation) {
    const { date, triggered } = triggerDate(step, start, length, events);
    const dueDay = date === null || step.deadlineDays === null ? null : date + step.deadlineDays;
    const described = {
      action: step.action,
      dueDate: dueDay === null ? null : fromDayNumber(dueDay),
      article: step.article,
      textZh: step.textZh,
      textEn: step.textEn,
    };
    if (!triggered) {
      if (nextAction === null && length > 0) nextAction = { ...described, triggered: false };
      continue;
    }
    const done = isDone(step, events);
    actionsDue.push({ ...described, done });
    if (escalationStages.indexOf(step.stage) > escalationStages.indexOf(stage)) stage = step.stage;
    if (step.marksDropout) dropoutMarked = true;
    if (!done && (nextAction === null || !nextAction.triggered)) nextAction = { ...described, triggered: true };
  }

  return {
    ruleSetId: ruleSet.id,
    stage,
    consecutiveDays: length,
    streakStart: length > 0 ? fromDayNumber(start) : null,
    actionsDue,
    nextAction,
    dropoutMarked,
    reading: absenceDayReading,
  };
}
