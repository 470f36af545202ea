import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { clearThrottle, reserveAttempt } from '../../../db/repositories/loginThrottle';
import { deleteUserSessions, findUserById, updateUserRow } from '../../../db/repositories/users';
import { loginPolicy, passwordChangeKey } from '../../domain/auth/loginPolicy';
import { passwordProblem } from '../../domain/auth/passwordPolicy';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { DomainError, FieldError, unauthenticated } from '../../domain/shared/domainError';
import { hashPassword, verifyPassword } from './password';
import { forgetSession } from './sessionCache';

/**
 * Self-service password change: the current password is checked under the same throttle as a
 * login (a stolen session cannot guess it faster), the new one must pass the policy; every other
 * session of the user ends, this one stays. Clears "must change at next login". Audited.
 */
export async function changePassword(db: Db, user: SessionUser, sessionId: string, input: { current: string; next: string }): Promise<void> {
  const row = await findUserById(db, user.id);
  if (!row) throw unauthenticated();
  const key = passwordChangeKey(row.username);
  const reserved = await reserveAttempt(db, key, { max: loginPolicy.maxFailures, lockMinutes: loginPolicy.lockMinutes, windowMinutes: loginPolicy.windowMinutes });
  if (!reserved.allowed)
    throw new DomainError('locked', 'account_locked', { zh: `密码错误次数过多，请 ${loginPolicy.lockMinutes} 分钟后再试`, en: `Too many wrong passwords; try again in ${loginPolicy.lockMinutes} minutes` });
  if (!(await verifyPassword(row.passwordHash, input.current))) {
    await appendAudit(db, { actor: user.username, role: user.role, action: 'user.password_change', objectType: 'user', objectId: user.id, result: 'failed', detail: { reason: 'current' } });
    throw new FieldError('current', { zh: '当前密码不正确', en: 'is not the current password' }, 'wrong_password');
  }
  const problem = passwordProblem(input.next, row.username) ?? (input.next === input.current ? { zh: '不能与当前密码相同', en: 'must differ from the current password' } : undefined);
  if (problem) throw new FieldError('next', problem, 'weak_password');
  const passwordHash = await hashPassword(input.next);
  const ended = await db.transaction(async (tx) => {
    await updateUserRow(tx, user.id, { passwordHash, mustChangePassword: false });
    const gone = await deleteUserSessions(tx, user.id, sessionId);
    await clearThrottle(tx, key);
    await appendAudit(tx, {
      actor: user.username,
      role: user.role,
      action: 'user.password_change',
      objectType: 'user',
      objectId: user.id,
      result: 'ok',
      detail: { before: { mustChangePassword: row.mustChangePassword }, after: { mustChangePassword: false }, sessionsEnded: gone.length },
    });
    return gone;
  });
  // This session stays, but its remembered "must change the password" flag is stale now.
  [...ended, sessionId].forEach(forgetSession);
}
