import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { deleteSession } from '../../db/repositories/users';
import { appendAudit } from '../../db/repositories/audit';
import { menusByRole } from '../domain/auth/roles';
import { requireAuth } from '../http/auth';
import { forgetSession } from '../http/sessionCache';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { jsonBody } from '../http/validate';
import { login } from '../services/auth/login';
import { SESSION_COOKIE, sessionIdOf } from '../services/auth/sessionToken';

const loginBody = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

documented({ method: 'post', path: '/api/auth/login', summary: '登录 / log in', tag: 'auth', access: 'public', body: loginBody, responses: { '401': 'wrong credentials', '423': 'locked' } });
documented({ method: 'post', path: '/api/auth/logout', summary: '退出 / log out', tag: 'auth', access: 'any' });
documented({ method: 'get', path: '/api/auth/me', summary: '当前用户 / current user', tag: 'auth', access: 'any' });

export const authRoutes = new Hono<AppEnv>()
  .post('/login', jsonBody(loginBody), async (c) => {
    const { token, user, expiresAt } = await login(c.var.db, c.req.valid('json'), c.var.env.SESSION_TTL_HOURS);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: c.var.env.COOKIE_SECURE === 'true',
      path: '/',
      expires: expiresAt,
    });
    return c.json({ username: user.username, role: user.role, groupNo: user.groupNo, menus: menusByRole[user.role] });
  })
  .post('/logout', requireAuth, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      forgetSession(sessionIdOf(token));
      await deleteSession(c.var.db, sessionIdOf(token));
    }
    await appendAudit(c.var.db, { actor: c.var.user.username, role: c.var.user.role, action: 'logout', result: 'ok' });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  })
  .get('/me', requireAuth, (c) => {
    const { username, role, groupNo } = c.var.user;
    return c.json({ username, role, groupNo, menus: menusByRole[role] });
  });
