import type { Executor } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { caseSteps, insertCaseStep } from '../../../db/repositories/educationCases';
import { legalActInfo, recordLegalStep } from '../../domain/education/legalSteps';
import type { LegalAct } from '../../domain/education/vocabulary';
import type { Actor } from './runCrossCheck';
import { invalidateEducationAnalyses } from './storedCoverage';
import { caseOrThrow, caseProgress, legalRecords } from './loadCase';

/** Appends one of the four legal steps (四步法, 海东 Art. 16) in order; 409 when out of order. */
export async function addLegalStep(tx: Executor, actor: Actor, id: number, act: LegalAct, date: string, asOf: string) {
  const c = await caseOrThrow(tx, id, true);
  const done = legalRecords(await caseSteps(tx, id));
  recordLegalStep(done, act, date);
  await insertCaseStep(tx, { caseId: id, stepKind: 'legal', action: act, document: legalActInfo[act].document, date, recordedBy: actor.username });
  await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'education.case.legal_step', objectType: 'edu_case', objectId: id, result: 'ok', detail: { act, date } });
  invalidateEducationAnalyses();
  return caseProgress(tx, c, asOf);
}
