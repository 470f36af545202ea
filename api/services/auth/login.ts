import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { clearThrottle, refundAttempt, reserveAttempt } from '../../../db/repositories/loginThrottle';
import { findUserByUsername, insertSession } from '../../../db/repositories/users';
import { throttleKeys, type LoginPolicy } from '../../domain/auth/loginPolicy';
import { DomainError } from '../../domain/shared/domainError';
import { sessionUserOf, type SessionUser } from '../../domain/auth/sessionUser';
import { burnVerify, verifyPassword } from './password';
import { newSessionToken } from './sessionToken';

const loginFailed = () =>
  new DomainError('unauthenticated', 'login_failed', { zh: '用户名或密码错误', en: 'Wrong username or password' });

export interface LoginContext {
  ttlHours: number;
  /** The client's network address (per-address limit). */
  address: string;
  policy: LoginPolicy;
}

/**
 * Verifies credentials under the throttling policy and opens a session; audits every outcome.
 * Both throttle keys are counted (atomically, in the database) BEFORE the password is checked,
 * so a burst of parallel attempts gets at most `maxFailures` checks per name (issue 14).
 */
export async function login(
  db: Db,
  input: { username: string; password: string },
  ctx: LoginContext,
  now: Date = new Date(),
): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  const { policy } = ctx;
  const keys = throttleKeys(input.username, ctx.address);
  const actor = input.username;
  const byAddress = await reserveAttempt(db, keys.address, { max: policy.addressMaxFailures, lockMinutes: policy.windowMinutes, windowMinutes: policy.windowMinutes });
  if (!byAddress.allowed) {
    await appendAudit(db, { actor, role: null, action: 'login', result: 'denied', detail: { reason: 'address_limit', address: ctx.address } });
    throw new DomainError('rate_limited', 'too_many_attempts', {
      zh: `来自此地址的登录失败次数过多，请 ${policy.windowMinutes} 分钟后再试`,
      en: `Too many failed logins from this address; try again in ${policy.windowMinutes} minutes`,
    });
  }
  const byName = await reserveAttempt(db, keys.user, { max: policy.maxFailures, lockMinutes: policy.lockMinutes, windowMinutes: policy.windowMinutes });
  if (!byName.allowed) {
    // Not a password guess: it does not count against the address.
    await refundAttempt(db, keys.address, policy.addressMaxFailures);
    await appendAudit(db, { actor, role: null, action: 'login', result: 'denied', detail: { reason: 'locked' } });
    throw new DomainError('locked', 'account_locked', {
      zh: `连续登录失败次数过多，该账号已锁定 ${policy.lockMinutes} 分钟`,
      en: `Too many failed logins: the account is locked for ${policy.lockMinutes} minutes`,
    });
  }
  const user = await findUserByUsername(db, input.username);
  // An unknown name costs the same argon2 work, so timing does not tell which accounts exist.
  const matches = user ? await verifyPassword(user.passwordHash, input.password) : (await burnVerify(input.password), false);
  if (!user || !matches) {
    await appendAudit(db, { actor, role: user?.role ?? null, action: 'login', result: 'failed', detail: { reason: user ? 'password' : 'unknown_user', address: ctx.address } });
    throw loginFailed();
  }
  if (user.disabledAt) {
    await refundAttempt(db, keys.address, policy.addressMaxFailures);
    await appendAudit(db, { actor, role: user.role, action: 'login', result: 'denied', detail: { reason: 'disabled' } });
    throw new DomainError('forbidden', 'account_disabled', { zh: '该账号已停用，请联系管理员', en: 'This account is disabled; ask an administrator' });
  }
  const { token, id } = newSessionToken();
  const expiresAt = new Date(now.getTime() + ctx.ttlHours * 3600_000);
  await db.transaction(async (tx) => {
    await clearThrottle(tx, keys.user);
    await refundAttempt(tx, keys.address, policy.addressMaxFailures);
    await insertSession(tx, { id, userId: user.id, expiresAt });
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'login', result: 'ok' });
  });
  return { token, expiresAt, user: sessionUserOf(user) };
}
