import type { Executor } from '../../../db/client';
import { absenceDates, caseSteps, findCase, type CaseRow, type CaseStepRow } from '../../../db/repositories/educationCases';
import { escalateAbsence, type AbsenceEvents } from '../../domain/education/absenceEscalation';
import { legalActInfo, nextLegalStep, type LegalActInfo, type LegalActRecord } from '../../domain/education/legalSteps';
import { escalationActions, type EscalationAction, type LegalAct } from '../../domain/education/vocabulary';
import { notFound } from '../../domain/shared/domainError';
import { ruleSetChoiceOf } from './ruleSetOf';

export async function caseOrThrow(ex: Executor, id: number, forUpdate = false): Promise<CaseRow> {
  const c = await findCase(ex, id, forUpdate);
  if (!c) throw notFound({ zh: '案件', en: 'Case' });
  return c;
}

export function legalRecords(steps: readonly CaseStepRow[]): LegalActRecord[] {
  return steps.filter((s) => s.stepKind === 'legal').map((s) => ({ act: s.action as LegalAct, date: s.date }));
}

export function absenceEvents(steps: readonly CaseStepRow[]): AbsenceEvents {
  const events: AbsenceEvents = { actionsDone: [] };
  for (const s of steps) {
    if (s.stepKind === 'event' && s.action === 'home_visit_failed') events.homeVisitFailedOn ??= s.date;
    if (s.stepKind === 'event' && s.action === 'notice_issued') events.noticeIssuedOn ??= s.date;
    if (s.stepKind === 'escalation' && (escalationActions as readonly string[]).includes(s.action)) {
      (events.actionsDone as EscalationAction[]).push(s.action as EscalationAction);
    }
  }
  return events;
}

/** A legal act as the API has always sent it: the name as `nameZh` / `nameEn`. */
function legalActView({ name, ...info }: LegalActInfo) {
  return { ...info, nameZh: name.zh, nameEn: name.en };
}

/** Escalation state of a case from the child's absences and the county's rule set, plus the legal steps. */
export async function caseProgress(ex: Executor, c: CaseRow, asOf: string) {
  const steps = await caseSteps(ex, c.id);
  const choice = ruleSetChoiceOf(c.ruleSetId, c.responsibleCountyCode, asOf);
  const absences = c.childId === null ? [] : await absenceDates(ex, c.childId);
  const legal = legalRecords(steps);
  const next = nextLegalStep(legal);
  return {
    ruleSet: choice ? { id: choice.ruleSet.id, document: choice.ruleSet.document, nameZh: choice.ruleSet.nameZh, validFrom: choice.ruleSet.validFrom, validTo: choice.ruleSet.validTo } : null,
    ruleSetWarning: choice?.warning ?? null,
    escalation: choice ? escalateAbsence(absences, absenceEvents(steps), choice.ruleSet) : null,
    absenceDays: absences.length,
    steps: steps.map((s) => ({ id: s.id, stepKind: s.stepKind, action: s.action, document: s.document, date: s.date, recordedBy: s.recordedBy })),
    legalSteps: legal.map((r) => ({ ...r, ...legalActView(legalActInfo[r.act]) })),
    nextLegalStep: next && legalActView(next),
  };
}
