import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { updateCase } from '../../../db/repositories/educationCases';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { conflict } from '../../domain/shared/domainError';
import type { CloseBody } from '../../routes/education/schemas';
import { educationWrite } from './educationWrite';
import { caseOrThrow } from './loadCase';

/** Closes a case for one of the closure reasons; a closed case takes no more steps. Audited. */
export function closeCase(db: Db, user: SessionUser, id: number, { date, reason }: CloseBody) {
  return educationWrite(db, async (tx) => {
    const c = await caseOrThrow(tx, user, id, true);
    if (c.status === 'closed') throw conflict('case_closed', { zh: '案件已结案', en: 'The case is already closed' });
    await updateCase(tx, id, { status: 'closed', closedOn: date, closureReason: reason });
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.case.close', objectType: 'edu_case', objectId: id, result: 'ok', detail: { reason, date } });
    return { id, status: 'closed' as const, closedOn: date, closureReason: reason };
  });
}
