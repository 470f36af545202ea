import { beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client';
import { insertUser } from '../../../db/repositories/users';
import { hashPassword } from '../../../api/services/auth/password';
import { getTestApp, testDatabases, type TestApp } from '../../helpers/testApp';

describe.each(testDatabases)('auth and roles on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await getTestApp(kind);
  });

  test('health reports the database kind and PostGIS 3.x', async () => {
    const r = await app.anon.get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', db: kind, version: '0.1.0' });
    expect(r.body.postgis).toMatch(/^3\./);
  });

  test('every demo account logs in and /me reports its role, group and menus', async () => {
    const expected: [string, string, number | null, string[]][] = [
      ['planner', 'planner', null, ['underground']],
      ['inspector3', 'inspector', 3, ['gas']],
      ['inspector7', 'inspector', 7, ['gas']],
      ['official', 'official', null, ['gas', 'education', 'underground']],
      ['education', 'education', null, ['education']],
      ['admin', 'admin', null, ['underground', 'gas', 'education']],
    ];
    for (const [username, role, groupNo, menus] of expected) {
      const c = await app.login(username);
      const me = await c.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body).toEqual({ username, role, groupNo, menus });
    }
  });

  test('the session cookie is HttpOnly and SameSite', async () => {
    const res = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'planner', password: 'haidong-demo' }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^hd_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  test('wrong password → 401 with nothing else revealed; unknown user → the same answer', async () => {
    const wrong = await app.anon.post('/api/auth/login', { username: 'planner', password: 'nope' });
    const unknown = await app.anon.post('/api/auth/login', { username: 'nobody-here', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('login_failed');
  });

  test('5 failed logins lock the account for 15 minutes, even for the right password', async () => {
    const username = `locktest-${kind}-${Date.now()}`;
    await insertUser(app.database.db, { username, role: 'planner', groupNo: null, passwordHash: await hashPassword('right-password') });
    for (let i = 0; i < 5; i++) {
      expect((await app.anon.post('/api/auth/login', { username, password: 'wrong' })).status).toBe(401);
    }
    const locked = await app.anon.post('/api/auth/login', { username, password: 'right-password' });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('account_locked');
    const [row] = await queryRows<{ minutes: number }>(
      app.database.db,
      sql`select round(extract(epoch from (locked_until - now())) / 60)::int as minutes from login_throttle where key = ${'user:' + username.toLowerCase()}`,
    );
    expect(row!.minutes).toBe(15);
  });

  test('logout ends the session on the server', async () => {
    const c = await app.login('planner');
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  test('missing session → 401; malformed JSON → 400; unknown route → 404 JSON', async () => {
    const me = await app.anon.get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('unauthenticated');
    const bad = await app.anon.send('POST', '/api/auth/login', '{"username":', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('malformed_json');
    const missing = await app.anon.get('/api/no/such/route');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });

  test('validation errors name the field by its label, in Chinese by default and English on request, and say what to do', async () => {
    const zh = await app.anon.post('/api/auth/login', { password: 'x' });
    expect(zh.status).toBe(400);
    expect(zh.body.error.field).toBe('username');
    expect(zh.body.error.message).toBe('字段 用户名 无效：必填，请填写');
    const en = await app.anon.post('/api/auth/login', { username: 42, password: 'x' }, { 'accept-language': 'en' });
    expect(en.body.error.field).toBe('username');
    expect(en.body.error.message).toBe('Field "user name" must be text; enter text');
  });

  test('a body over 10 MB → 413 JSON', async () => {
    const big = JSON.stringify({ username: 'x'.repeat(11 * 1024 * 1024), password: 'y' });
    const r = await app.anon.send('POST', '/api/auth/login', big, { 'content-type': 'application/json' });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('payload_too_large');
  });

  test('no stack traces in error responses', async () => {
    const r = await app.anon.send('POST', '/api/auth/login', '[[[', { 'content-type': 'application/json' });
    expect(r.text).not.toMatch(/at .*\.ts:\d+/);
  });

  test('logins are audited, success and failure, with UTC timestamps', async () => {
    const username = 'official';
    await app.anon.post('/api/auth/login', { username, password: 'bad' });
    await app.login(username);
    const rows = await queryRows<{ result: string }>(
      app.database.db,
      sql`select result from audit_log where actor = ${username} and action = 'login' order by id desc limit 2`,
    );
    expect(rows.map((r) => r.result)).toEqual(['ok', 'failed']);
  });

  test('the audit log is append-only in the database itself', async () => {
    await expect(app.database.db.execute(sql`update audit_log set result = 'x'`)).rejects.toThrow();
    await expect(app.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    const [row] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from audit_log where result = 'x'`);
    expect(Number(row!.n)).toBe(0);
  });

  test('OpenAPI 3.1 document and interactive docs are served', async () => {
    const doc = await app.anon.get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/health', '/api/geo/counties']));
    const docs = await app.anon.get('/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('openapi.json');
  });
});
