import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { loginPolicy } from '../domain/auth/loginPolicy';
import { menusByRole } from '../domain/auth/roles';
import { clientAddress } from '../http/clientAddress';
import type { AppEnv } from '../http/context';
import { route } from '../http/route';
import { plainString } from './shared/primitives';
import { login } from '../services/auth/login';
import { logout } from '../services/auth/logout';
import { SESSION_COOKIE } from '../services/auth/sessionToken';
import { createApiToken } from '../services/auth/createApiToken';
import { listApiTokens } from '../services/auth/listApiTokens';
import { revokeApiToken } from '../services/auth/revokeApiToken';
import { apiTokenBody } from './authSchemas';
import { idParam } from './shared/primitives';

const loginBody = z.object({
  username: plainString().min(1).max(64),
  // A password may hold any printable character; controls are refused like everywhere else.
  password: plainString().min(1).max(256),
});

export const authRoutes = new Hono<AppEnv>()
  .post('/login', route({ summary: '登录 / log in', tag: 'auth', access: 'public', body: loginBody, responses: { '401': 'wrong credentials', '423': 'locked' } }), async (c) => {
    const env = c.var.env;
    const { token, user, expiresAt } = await login(c.var.db, c.req.valid('json'), {
      ttlHours: env.SESSION_TTL_HOURS,
      address: clientAddress(c),
      policy: { ...loginPolicy, addressMaxFailures: env.LOGIN_ADDRESS_MAX_FAILURES },
    });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: c.var.env.COOKIE_SECURE === 'true',
      path: '/',
      expires: expiresAt,
    });
    return c.json({ username: user.username, role: user.role, groupNo: user.groupNo, menus: menusByRole[user.role] });
  })
  .post('/logout', route({ summary: '退出 / log out', tag: 'auth', access: 'any' }), async (c) => {
    await logout(c.var.db, c.var.user, getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  })
  .get('/me', route({ summary: '当前用户 / current user', tag: 'auth', access: 'any' }), (c) => {
    const { username, role, groupNo } = c.var.user;
    return c.json({ username, role, groupNo, menus: menusByRole[role] });
  })
  .get('/tokens', route({ summary: '我的 API 令牌（不含令牌本身） / my API tokens (never the secret)', tag: 'auth', access: 'any' }), async (c) =>
    c.json(await listApiTokens(c.var.db, c.var.user)),
  )
  .post(
    '/tokens',
    route({ summary: '创建 API 令牌（仅此一次显示；用于 GIS 客户端的只读请求） / create an API token, shown once, for read-only GIS requests', tag: 'auth', access: 'any', body: apiTokenBody, status: 201 }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await createApiToken(c.var.db, c.var.user, c.req.valid('json')), 201);
    },
  )
  .delete('/tokens/:id', route({ summary: '吊销 API 令牌 / revoke an API token', tag: 'auth', access: 'any', params: idParam, responses: { '404': 'not one of your live tokens' } }), async (c) =>
    c.json(await revokeApiToken(c.var.db, c.var.user, c.req.valid('param').id)),
  );
