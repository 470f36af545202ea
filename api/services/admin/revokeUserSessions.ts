import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { deleteUserSessions, findUserById } from '../../../db/repositories/users';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { notFound } from '../../domain/shared/domainError';
import { forgetSession } from '../auth/sessionCache';
import { userNotFound } from './userView';

/** Ends every session of an account (admin); audited with how many ended. */
export async function revokeUserSessions(db: Db, actor: SessionUser, id: number): Promise<{ ended: number }> {
  const ended = await db.transaction(async (tx) => {
    if (!(await findUserById(tx, id))) throw notFound(userNotFound);
    const gone = await deleteUserSessions(tx, id);
    await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'user.sessions_revoke', objectType: 'user', objectId: id, result: 'ok', detail: { before: { sessions: gone.length }, after: { sessions: 0 } } });
    return gone;
  });
  ended.forEach(forgetSession);
  return { ended: ended.length };
}
