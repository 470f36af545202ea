import type { Executor } from '../../../db/client';
import { absenceDates, caseSteps, findCase, type CaseRow } from '../../../db/repositories/educationCases';
import { escalateAbsence } from '../../domain/education/absenceEscalation';
import { absenceEvents, legalRecords } from '../../domain/education/caseHistory';
import { storedLetterTask } from '../../domain/education/caseRouting';
import { legalActInfo, nextLegalStep } from '../../domain/education/legalSteps';
import { ruleSetChoiceOf } from '../../domain/education/ruleSetChoice';
import { schoolDays } from '../../domain/education/schoolCalendar';
import { notFound } from '../../domain/shared/domainError';
import { escalationView, legalActView, ruleSetWarningView } from './caseViews';

// Reading a case inside a verb's transaction: the row (or 404) and its progress. Not verbs: the
// verbs in this folder call these with their own executor.

export async function caseOrThrow(ex: Executor, id: number, forUpdate = false): Promise<CaseRow> {
  const c = await findCase(ex, id, forUpdate);
  if (!c) throw notFound({ zh: '案件', en: 'Case' });
  return c;
}

/** Escalation state of a case from the child's absences and the county's rule set, plus the legal steps. */
export async function caseProgress(ex: Executor, c: CaseRow, asOf: string) {
  const steps = await caseSteps(ex, c.id);
  const choice = ruleSetChoiceOf(c.ruleSetId, c.responsibleCountyCode, asOf);
  const absences = c.childId === null ? [] : await absenceDates(ex, c.childId);
  const legal = legalRecords(steps);
  const next = nextLegalStep(legal);
  const events = absenceEvents(steps);
  const letter = storedLetterTask(c.notifyCountyCode, c.openedOn);
  return {
    ruleSet: choice ? { id: choice.ruleSet.id, document: choice.ruleSet.document, nameZh: choice.ruleSet.nameZh, validFrom: choice.ruleSet.validFrom, validTo: choice.ruleSet.validTo } : null,
    ruleSetWarning: choice?.warning ? ruleSetWarningView(choice.warning) : null,
    escalation: choice
      ? escalationView(
          escalateAbsence({
            absences,
            asOf,
            events,
            ruleSet: choice.ruleSet,
            calendar: schoolDays(choice.ruleSet.jurisdiction, undefined),
            // 海东 Art. 15: a student registered here whose household is elsewhere ("非本地户籍").
            nonLocal: c.studentCountyCode === null ? undefined : c.householdCountyCode !== c.studentCountyCode,
          }),
        )
      : null,
    absenceDays: absences.length,
    // 海东 Art. 15/16: the letter to the household county, a task with its due date.
    letter: letter && {
      to: letter.to,
      dueDate: letter.dueDate,
      article: letter.article,
      done: events.actionsDone?.includes('letter_to_household_county') ?? false,
      fallbackZh: letter.fallback.zh,
      fallbackEn: letter.fallback.en,
    },
    steps: steps.map((s) => ({ id: s.id, stepKind: s.stepKind, action: s.action, document: s.document, date: s.date, recordedBy: s.recordedBy })),
    legalSteps: legal.map((r) => ({ ...r, ...legalActView(legalActInfo[r.act]) })),
    nextLegalStep: next && legalActView(next),
  };
}
