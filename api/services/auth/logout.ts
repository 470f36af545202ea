import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { deleteSession } from '../../../db/repositories/users';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { forgetSession } from './sessionCache';
import { sessionIdOf } from './sessionToken';

/** Ends the session of this cookie (forgotten by this process at once) and audits it. */
export async function logout(db: Db, user: SessionUser, token: string | undefined): Promise<void> {
  const id = token === undefined ? undefined : sessionIdOf(token);
  if (id !== undefined) forgetSession(id);
  await db.transaction(async (tx) => {
    if (id !== undefined) await deleteSession(tx, id);
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'logout', result: 'ok' });
  });
}
