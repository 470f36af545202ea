import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { revokeAllTokensOfUser } from '../../../db/repositories/apiTokens';
import { deleteUserSessions, findUserById } from '../../../db/repositories/users';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { notFound } from '../../domain/shared/domainError';
import { forgetSession } from '../auth/sessionCache';
import { userNotFound } from './userView';

/** Ends every session and revokes every API token of an account (admin); audited with how many. */
export async function revokeUserSessions(db: Db, actor: SessionUser, id: number): Promise<{ ended: number; tokensRevoked: number }> {
  const { gone, tokens } = await db.transaction(async (tx) => {
    if (!(await findUserById(tx, id))) throw notFound(userNotFound);
    const gone = await deleteUserSessions(tx, id);
    const tokens = await revokeAllTokensOfUser(tx, id);
    await appendAudit(tx, {
      actor: actor.username,
      role: actor.role,
      action: 'user.sessions_revoke',
      objectType: 'user',
      objectId: id,
      result: 'ok',
      detail: { before: { sessions: gone.length, tokens }, after: { sessions: 0, tokens: 0 } },
    });
    return { gone, tokens };
  });
  gone.forEach(forgetSession);
  return { ended: gone.length, tokensRevoked: tokens };
}
