import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import {
  findUserByUsername,
  insertSession,
  recordFailedLogin,
  resetFailedLogins,
} from '../../../db/repositories/users';
import { isLocked, loginPolicy } from '../../domain/auth/loginPolicy';
import { DomainError } from '../../domain/shared/domainError';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { burnVerify, verifyPassword } from './password';
import { newSessionToken } from './sessionToken';

const loginFailed = () =>
  new DomainError('unauthenticated', 'login_failed', { zh: '用户名或密码错误', en: 'Wrong username or password' });

/** Verifies credentials, applies the lock-out policy, opens a session; audits every outcome. */
export async function login(
  db: Db,
  input: { username: string; password: string },
  ttlHours: number,
  now: Date = new Date(),
): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  const user = await findUserByUsername(db, input.username);
  if (!user) {
    await burnVerify(input.password);
    await appendAudit(db, { actor: input.username, role: null, action: 'login', result: 'failed', detail: { reason: 'unknown_user' } });
    throw loginFailed();
  }
  if (isLocked(user.lockedUntil, now)) {
    await appendAudit(db, { actor: user.username, role: user.role, action: 'login', result: 'denied', detail: { reason: 'locked' } });
    throw new DomainError('locked', 'account_locked', {
      zh: `连续登录失败次数过多，账号已锁定 ${loginPolicy.lockMinutes} 分钟`,
      en: `Too many failed logins: the account is locked for ${loginPolicy.lockMinutes} minutes`,
    });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await db.transaction(async (tx) => {
      await recordFailedLogin(tx, user.id, loginPolicy.maxFailures, loginPolicy.lockMinutes);
      await appendAudit(tx, { actor: user.username, role: user.role, action: 'login', result: 'failed', detail: { reason: 'password' } });
    });
    throw loginFailed();
  }
  const { token, id } = newSessionToken();
  const expiresAt = new Date(now.getTime() + ttlHours * 3600_000);
  await db.transaction(async (tx) => {
    await resetFailedLogins(tx, user.id);
    await insertSession(tx, { id, userId: user.id, expiresAt });
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'login', result: 'ok' });
  });
  return { token, expiresAt, user: { id: user.id, username: user.username, role: user.role, groupNo: user.groupNo } };
}
