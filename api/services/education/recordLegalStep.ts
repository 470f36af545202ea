import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { caseSteps, insertCaseStep } from '../../../db/repositories/educationCases';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { legalRecords } from '../../domain/education/caseHistory';
import { legalActInfo, recordLegalStep } from '../../domain/education/legalSteps';
import type { LegalStepBody } from '../../routes/education/schemas';
import { defaultAsOf } from './defaultAsOf';
import { educationWrite } from './educationWrite';
import { caseOrThrow, caseProgress } from './loadCase';

/** Appends one of the four legal steps (四步法, 海东 Art. 16) in order; 409 when out of order. */
export function addLegalStep(db: Db, user: SessionUser, id: number, { act, date }: LegalStepBody) {
  return educationWrite(db, async (tx) => {
    const c = await caseOrThrow(tx, user, id, true);
    recordLegalStep(legalRecords(await caseSteps(tx, id)), act, date);
    await insertCaseStep(tx, { caseId: id, stepKind: 'legal', action: act, document: legalActInfo[act].document, date, recordedBy: user.username });
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.case.legal_step', objectType: 'edu_case', objectId: id, result: 'ok', detail: { act, date } });
    return caseProgress(tx, c, await defaultAsOf(tx));
  });
}
