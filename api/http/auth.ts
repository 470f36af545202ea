import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { findSessionUser } from '../../db/repositories/users';
import type { Role } from '../domain/auth/roles';
import { forbidden, unauthorized } from './errors';
import type { AppEnv } from './context';
import { SESSION_COOKIE, sessionIdOf } from '../services/auth/sessionToken';
import { cachedSession, rememberSession } from './sessionCache';

/** Resolves the session cookie to a user on every request; 401 when absent or expired. */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) throw unauthorized();
  const id = sessionIdOf(token);
  let user = cachedSession(id);
  if (!user) {
    user = await findSessionUser(c.var.db, id);
    if (!user) throw unauthorized();
    rememberSession(id, user);
  }
  c.set('user', user);
  await next();
});

/** Role gate for a route (enforcement is in the API, never only in the UI). */
export const requireRole = (...allowed: Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!allowed.includes(c.var.user.role)) throw forbidden();
    await next();
  });
