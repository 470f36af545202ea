import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { SessionUser } from '../domain/auth/sessionUser';
import { unauthenticated } from '../domain/shared/domainError';
import { resolveSession } from '../services/auth/resolveSession';
import { SESSION_COOKIE } from '../services/auth/sessionToken';
import type { AppEnv } from './context';

/**
 * Who is calling, from the session cookie; 401 when absent or expired. Sets `c.var.user` for the
 * handler. Called by every non-public route declaration (api/http/route.ts), never by a handler.
 */
export async function authenticate(c: Context<AppEnv>): Promise<SessionUser> {
  const token = getCookie(c, SESSION_COOKIE);
  const user = token === undefined ? undefined : await resolveSession(c.var.db, token);
  if (!user) throw unauthenticated();
  c.set('user', user);
  return user;
}
