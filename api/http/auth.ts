import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { SessionUser } from '../domain/auth/sessionUser';
import { DomainError, unauthenticated } from '../domain/shared/domainError';
import { resolveApiToken } from '../services/auth/resolveApiToken';
import { resolveSession } from '../services/auth/resolveSession';
import { SESSION_COOKIE } from '../services/auth/sessionToken';
import type { AppEnv } from './context';

const tokenRefused = () =>
  new DomainError('unauthenticated', 'token_invalid', {
    zh: 'API 令牌无效、已吊销或已过期：请在“API 令牌”面板新建一个',
    en: 'The API token is unknown, revoked or expired: create a new one in the API tokens panel',
  });

const tokenReadOnly = () =>
  new DomainError('unauthenticated', 'token_read_only', {
    zh: 'API 令牌只能用于只读请求（GET），且不能读取未成年人个人信息；请登录后操作',
    en: 'An API token works only for read-only (GET) requests without minors’ personal data; log in for this one',
  });

const bearerOf = (c: Context) => /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];

/**
 * Who is calling: from `Authorization: Bearer <API token>` when present (issue 12: GIS clients),
 * else from the session cookie; 401 when absent, unknown, revoked or expired. A token acts with
 * exactly its owner's role and scope, and only on read-only routes that carry no minors' personal
 * data (`tokenAllowed` is false for `personal` routes). Sets `c.var.user` for the handler. Called
 * by every non-public route declaration (api/http/route.ts), never by a handler.
 */
export async function authenticate(c: Context<AppEnv>, opts: { tokenAllowed: boolean } = { tokenAllowed: true }): Promise<SessionUser> {
  const bearer = bearerOf(c);
  let user: SessionUser | undefined;
  if (bearer !== undefined) {
    if (!opts.tokenAllowed || !['GET', 'HEAD'].includes(c.req.method)) throw tokenReadOnly();
    user = await resolveApiToken(c.var.db, bearer);
    if (!user) throw tokenRefused();
  } else {
    const token = getCookie(c, SESSION_COOKIE);
    user = token === undefined ? undefined : await resolveSession(c.var.db, token);
    if (!user) throw unauthenticated();
  }
  c.set('user', user);
  return user;
}
