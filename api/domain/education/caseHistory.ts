// A case's recorded steps (edu_case_steps) read as the inputs of the two engines: the events and
// actions done for the absence escalation (absenceEscalation.ts) and the legal acts done for the
// 四步法 order (legalSteps.ts). A step the current vocabulary does not know is ignored. No I/O.
import type { AbsenceEvents } from './absenceEscalation';
import type { LegalActRecord } from './legalSteps';
import { escalationActions, legalActs, type CaseStepKind, type EscalationAction, type LegalAct } from './vocabulary';

export interface RecordedStep {
  stepKind: CaseStepKind;
  action: string;
  date: string;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The legal acts recorded, in recording order. */
export function legalRecords(steps: readonly RecordedStep[]): LegalActRecord[] {
  const records: LegalActRecord[] = [];
  for (const s of steps) if (s.stepKind === 'legal' && isOneOf<LegalAct>(legalActs, s.action)) records.push({ act: s.action, date: s.date });
  return records;
}

/** The first date of each event (the order to correct from legal step ②) and every escalation action done, for the escalation engine. */
export function absenceEvents(steps: readonly RecordedStep[]): AbsenceEvents {
  const actionsDone: EscalationAction[] = [];
  const events: AbsenceEvents = { actionsDone };
  for (const s of steps) {
    if (s.stepKind === 'event' && s.action === 'home_visit_failed') events.homeVisitFailedOn ??= s.date;
    if (s.stepKind === 'event' && s.action === 'notice_issued') events.noticeIssuedOn ??= s.date;
    if (s.stepKind === 'legal' && s.action === 'order_to_correct') events.orderIssuedOn ??= s.date;
    if (s.stepKind === 'escalation' && isOneOf<EscalationAction>(escalationActions, s.action)) actionsDone.push(s.action);
  }
  return events;
}
