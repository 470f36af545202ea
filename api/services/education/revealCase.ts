import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { caseOrThrow } from './loadCase';

/** Reveals the full ID number and name of a case (for a list row); audited (PIPL Art. 28). */
export function revealCase(db: Db, user: SessionUser, id: number) {
  return db.transaction(async (tx) => {
    const c = await caseOrThrow(tx, user, id);
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.case.reveal', objectType: 'edu_case', objectId: id, result: 'ok' });
    return { id: c.id, idNumber: c.idNumber, name: c.name, birthDate: c.birthDate };
  });
}
