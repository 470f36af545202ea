import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { clearThrottle } from '../../../db/repositories/loginThrottle';
import { deleteUserSessions, findUserById, updateUserRow } from '../../../db/repositories/users';
import { throttleKeys } from '../../domain/auth/loginPolicy';
import { passwordProblem } from '../../domain/auth/passwordPolicy';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { FieldError, notFound } from '../../domain/shared/domainError';
import type { ResetPasswordBody } from '../../routes/admin/schemas';
import { hashPassword } from '../auth/password';
import { forgetSession } from '../auth/sessionCache';
import { userNotFound } from './userView';

/**
 * Sets a new password for an account (admin): the user must change it at the next login, their
 * sessions end and the login lock on the name is lifted. Audited (never the password).
 */
export async function resetPassword(db: Db, actor: SessionUser, id: number, input: ResetPasswordBody): Promise<void> {
  const target = await findUserById(db, id);
  if (!target) throw notFound(userNotFound);
  const problem = passwordProblem(input.password, target.username);
  if (problem) throw new FieldError('password', problem, 'weak_password');
  const passwordHash = await hashPassword(input.password);
  const ended = await db.transaction(async (tx) => {
    await updateUserRow(tx, id, { passwordHash, mustChangePassword: true });
    const gone = await deleteUserSessions(tx, id);
    await clearThrottle(tx, throttleKeys(target.username, '').user);
    await appendAudit(tx, {
      actor: actor.username,
      role: actor.role,
      action: 'user.password_reset',
      objectType: 'user',
      objectId: id,
      result: 'ok',
      detail: { before: { mustChangePassword: target.mustChangePassword }, after: { mustChangePassword: true }, sessionsEnded: gone.length },
    });
    return gone;
  });
  ended.forEach(forgetSession);
}
