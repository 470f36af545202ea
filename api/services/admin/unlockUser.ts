import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { clearThrottle } from '../../../db/repositories/loginThrottle';
import { findUserById } from '../../../db/repositories/users';
import { throttleKeys } from '../../domain/auth/loginPolicy';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { notFound } from '../../domain/shared/domainError';
import { userNotFound } from './userView';

/** Lifts the login lock on an account's name (admin); audited with whether a lock was in place. */
export async function unlockUser(db: Db, actor: SessionUser, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const target = await findUserById(tx, id);
    if (!target) throw notFound(userNotFound);
    const had = await clearThrottle(tx, throttleKeys(target.username, '').user);
    await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'user.unlock', objectType: 'user', objectId: id, result: 'ok', detail: { before: { throttled: had }, after: { throttled: false } } });
  });
}
