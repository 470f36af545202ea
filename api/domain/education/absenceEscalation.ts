// Absence escalation — one engine for every jurisdiction's rule set (沙坡头 卫沙政办规发〔2023〕4号
// Art. 7; 海东 东政办〔2023〕101号 Art. 5, 12(八), 15, 16; 白银 白政办发〔2020〕28号 一(二); 谯城
// 谯政办秘〔2024〕5号 (二)(五); 临沧 临政办发〔2020〕14号 二、四): from a child's unexcused absence
// dates, a school calendar, what has happened and the date of the reckoning, which actions are due.
// Used by the stateless preview and by stored cases alike. No I/O.
//
// Readings (stated in the output):
// - absences are counted in school days (absenceRun.ts); the Nth-day step falls on the Nth school
//   day of the run;
// - a time limit of N days from issue ends N calendar days after the issue date (or on the
//   deadline given); the next step falls due the day after, if the child is still not back;
// - deadlines after a trigger ("within 5 days") are calendar days.

import type { Bilingual } from '../shared/bilingual';
import { dayNumber, fromDayNumber } from '../shared/calendarDate';
import { absenceRun, nthSchoolDayAfter } from './absenceRun';
import type { DropoutRuleSet, EscalationStep } from './ruleSetTypes';
import { schoolDayReading, type SchoolDayTest } from './schoolCalendar';
import { escalationActionLabels, escalationStages, type EscalationAction, type EscalationStage } from './vocabulary';

export interface AbsenceEvents {
  homeVisitFailedOn?: string;
  noticeIssuedOn?: string;
  /** Deadline printed on the notice; else the rule set's notice time limit is used. */
  noticeDeadline?: string;
  orderIssuedOn?: string;
  actionsDone?: readonly EscalationAction[];
}

export interface EscalationInput {
  absences: readonly string[];
  asOf: string;
  events: AbsenceEvents;
  ruleSet: DropoutRuleSet;
  calendar: SchoolDayTest;
  /** Household registration in another county (海东 Art. 15); undefined = not known. */
  nonLocal?: boolean;
}

export interface DueAction {
  action: EscalationAction;
  /** Day the step was triggered (Nth school day, event day, day after a time limit). */
  triggerDate: string;
  /** Date the action falls due; null when the source sets no deadline. */
  dueDate: string | null;
  article: string;
  text: Bilingual;
  done: boolean;
}

export interface NextAction extends Omit<DueAction, 'done' | 'triggerDate'> {
  /** false: not yet due — it becomes due if the absence continues or the event happens. */
  triggered: boolean;
}

export interface EscalationWarning {
  code: string;
  text: Bilingual;
}

export interface AbsenceEscalation {
  ruleSetId: string;
  stage: EscalationStage;
  schoolDaysAbsent: number;
  runStart: string | null;
  runEnd: string | null;
  actionsDue: DueAction[];
  nextAction: NextAction | null;
  dropoutMarked: boolean;
  reading: Bilingual;
  warnings: EscalationWarning[];
}

export const escalationReading: Bilingual = {
  zh: `${schoolDayReading.zh}；第N天的步骤落在连续缺课的第N个教学日；“N日内”按自然日计；限期届满之日为发出之日加N日（或通知书所载期限），次日起仍未返校的进入下一步`,
  en: `${schoolDayReading.en}; an Nth-day step falls on the Nth school day of the run; "within N days" counts calendar days; a time limit ends N days after issue (or on the printed deadline) and the next step falls due the day after if the child is still not back`,
};

interface Trigger {
  day: number | null;
  triggered: boolean;
}

const fallbackWarning = (subject: Bilingual, fallback: Bilingual): EscalationWarning => ({
  code: 'fallback_used',
  text: { zh: `${subject.zh}：${fallback.zh}`, en: `${subject.en}: ${fallback.en}` },
});

export function escalateAbsence(input: EscalationInput): AbsenceEscalation {
  const { ruleSet, events, calendar } = input;
  const asOfDay = dayNumber(input.asOf);
  const run = absenceRun(input.absences, input.asOf, calendar);
  const warnings: EscalationWarning[] = [...run.warnings];
  const length = run.days.length;
  const ongoing = length > 0 && run.attendedOn === null;
  const eventDay = (date: string | undefined) => (date !== undefined && dayNumber(date) <= asOfDay ? dayNumber(date) : null);

  const noticeLimitEnd = (): number | null => {
    const issued = eventDay(events.noticeIssuedOn);
    if (issued === null) return null;
    if (events.noticeDeadline !== undefined) return dayNumber(events.noticeDeadline);
    if (!ruleSet.noticeDays.stated) warnings.push(fallbackWarning({ zh: '限期入学通知书期限', en: 'Notice time limit' }, ruleSet.noticeDays.fallback));
    return issued + ruleSet.noticeDays.value;
  };

  const triggerOf = (step: EscalationStep): Trigger => {
    const t = step.trigger;
    if (t.kind === 'absence_days') {
      if (length >= t.minDays) return { day: run.days[t.minDays - 1]!, triggered: true };
      if (!ongoing) return { day: null, triggered: false };
      return { day: nthSchoolDayAfter(run.days[length - 1]!, t.minDays - length, calendar), triggered: false };
    }
    if (t.kind === 'after_event') {
      const day = eventDay(t.event === 'home_visit_failed' ? events.homeVisitFailedOn : events.noticeIssuedOn);
      return { day, triggered: day !== null && length > 0 };
    }
    const end = t.limit === 'notice' ? noticeLimitEnd() : null;
    if (end === null) return { day: null, triggered: false };
    return { day: end + 1, triggered: ongoing && asOfDay >= end + 1 };
  };

  const isDone = (action: EscalationAction): boolean =>
    (events.actionsDone?.includes(action) ?? false) ||
    (action === 'deadline_notice' && eventDay(events.noticeIssuedOn) !== null) ||
    (action === 'order_to_correct' && eventDay(events.orderIssuedOn) !== null);

  const actionsDue: DueAction[] = [];
  let stage: EscalationStage = 'none';
  let dropoutMarked = false;
  let nextAction: NextAction | null = null;
  const raise = (s: EscalationStage) => {
    if (escalationStages.indexOf(s) > escalationStages.indexOf(stage)) stage = s;
  };
  const consider = (step: Omit<EscalationStep, 'trigger'>, trigger: Trigger) => {
    const dueDay = trigger.day === null || step.deadlineDays === null ? null : trigger.day + step.deadlineDays;
    const described = { action: step.action, dueDate: dueDay === null ? null : fromDayNumber(dueDay), article: step.article, text: step.text };
    if (!trigger.triggered || trigger.day === null) {
      if (nextAction === null && ongoing) nextAction = { ...described, triggered: false };
      return;
    }
    const done = isDone(step.action);
    actionsDue.push({ ...described, triggerDate: fromDayNumber(trigger.day), done });
    raise(step.stage);
    if (step.marksDropout) dropoutMarked = true;
    if (step.fallback) warnings.push(fallbackWarning(escalationActionLabels[step.action], step.fallback));
    if (!done && (nextAction === null || !nextAction.triggered)) nextAction = { ...described, triggered: true };
  };

  for (const step of ruleSet.escalation) {
    if (step.onlyNonLocal && input.nonLocal !== true) {
      if (input.nonLocal === undefined && length >= (step.trigger.kind === 'absence_days' ? step.trigger.minDays : 1)) {
        warnings.push({
          code: 'household_county_unknown',
          text: { zh: `户籍县区未知，不能判断是否需要${escalationActionLabels[step.action].zh}（${step.article}）`, en: `Household county unknown: cannot tell whether "${escalationActionLabels[step.action].en}" is needed (${step.article})` },
        });
      }
      continue;
    }
    consider(step, triggerOf(step));
  }
  ladderAfterOrder(input, asOfDay, ongoing, warnings, consider, raise);
  const { defaultYears } = calendar.calendarsUsed();
  if (defaultYears.length > 0) {
    warnings.push({
      code: 'default_calendar',
      text: {
        zh: `${defaultYears.join('、')} 年没有该地区的校历，按默认校历（春季 03-01—07-10，秋季 09-01—次年 01-20，周一至周五，固定日期法定节假日）计算`,
        en: `No school calendar for ${defaultYears.join(', ')} in this jurisdiction; the default is used (terms 03-01–07-10 and 09-01–01-20, Mon–Fri, fixed-date public holidays)`,
      },
    });
  }

  return {
    ruleSetId: ruleSet.id,
    stage,
    schoolDaysAbsent: length,
    runStart: length > 0 ? fromDayNumber(run.days[0]!) : null,
    runEnd: length > 0 ? fromDayNumber(run.days[length - 1]!) : null,
    actionsDue,
    nextAction,
    dropoutMarked,
    reading: escalationReading,
    warnings,
  };
}

/**
 * The legal ladder once the order to correct is issued: the act after it falls due the day after the
 * order's time limit (海东 Art. 16 and 临沧 §四 → penalty; 白银 一(二) and 谯城 (二) "逾期不改的" →
 * judicial documents). A jurisdiction whose document stops at the order gets a warning instead.
 */
function ladderAfterOrder(
  { ruleSet, events }: EscalationInput,
  asOfDay: number,
  ongoing: boolean,
  warnings: EscalationWarning[],
  consider: (step: Omit<EscalationStep, 'trigger'>, trigger: { day: number | null; triggered: boolean }) => void,
  raise: (s: EscalationStage) => void,
): void {
  if (events.orderIssuedOn === undefined || dayNumber(events.orderIssuedOn) > asOfDay) return;
  const issued = dayNumber(events.orderIssuedOn);
  raise('order_to_correct');
  const ladder = ruleSet.legalLadder;
  if (!ladder.stated || ladder.value === null) {
    if (!ladder.stated) warnings.push(fallbackWarning({ zh: '责令改正之后', en: 'After the order to correct' }, ladder.fallback));
    return;
  }
  const steps = ladder.value.steps;
  const next = steps[steps.findIndex((s) => s.action === 'order_to_correct') + 1];
  if (next === undefined) return;
  if (!ruleSet.orderDays.stated) warnings.push(fallbackWarning({ zh: '责令改正期限', en: 'Order time limit' }, ruleSet.orderDays.fallback));
  const day = issued + ruleSet.orderDays.value + 1;
  consider(
    {
      action: next.action,
      stage: 'sanction',
      deadlineDays: 0,
      marksDropout: false,
      article: ladder.article,
      text: { zh: `责令改正期限届满仍未改正：${next.issuer.zh}${escalationActionLabels[next.action].zh}`, en: `Order not complied with: ${escalationActionLabels[next.action].en} (${next.issuer.en})` },
    },
    { day, triggered: ongoing && asOfDay >= day },
  );
}
