import { beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

const strong = 'Correct-Horse-Battery-7';

describe.each(testDatabases)('user administration on %s', (kind) => {
  let app: TestApp;
  let admin: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    admin = await app.login('admin');
  });

  const unique = (p: string) => `${p}-${kind}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const loginAs = async (username: string, password: string) => {
    const res = await fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    return { status: res.status, body: await res.json(), cookie };
  };
  const as = (cookie: string) => (method: string, path: string, body?: unknown) =>
    fetch(app.baseUrl + path, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const audits = (id: number, action: string) =>
    queryRows<{ actor: string; detail: any }>(app.database.db, sql`select actor, detail from audit_log where object_type = 'user' and object_id = ${String(id)} and action = ${action} order by id`);

  test('create → 201; the new inspector logs in and lands in its group; audited with the state after', async () => {
    const username = unique('insp');
    const r = await admin.post('/api/admin/users', { username, displayName: '新督查员', role: 'inspector', groupNo: 3, password: strong });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ username, displayName: '新督查员', role: 'inspector', groupNo: 3, countyCode: null, disabled: false });
    const l = await loginAs(username, strong);
    expect(l.status).toBe(200);
    expect(l.body).toMatchObject({ role: 'inspector', groupNo: 3 });
    const [a] = await audits(r.body.id, 'user.create');
    expect(a!.actor).toBe('admin');
    expect(a!.detail.after).toEqual({ displayName: '新督查员', role: 'inspector', groupNo: 3, countyCode: null, disabled: false, mustChangePassword: false });
    expect(JSON.stringify(a!.detail)).not.toContain(strong);
    const list = await admin.get('/api/admin/users');
    expect(list.body.find((u: { username: string }) => u.username === username)).toMatchObject({ sessions: 1, lockedUntil: null });
  });

  test('password policy: short, containing the username, or common → 400 naming password; duplicate name → 409', async () => {
    const username = unique('pol');
    const base = { username, displayName: '策略', role: 'planner' };
    for (const password of ['short-pass', `${username}-Extra-1`, 'password1234', 'Haidong@2024']) {
      const r = await admin.post('/api/admin/users', { ...base, password });
      expect(r.status, password).toBe(400);
      expect(r.body.error.field).toBe('password');
    }
    expect((await admin.post('/api/admin/users', { ...base, password: strong })).status).toBe(201);
    expect((await admin.post('/api/admin/users', { ...base, password: strong })).status).toBe(409);
  });

  test('role rules: inspector without group, group for a planner, county for a non-education user → 400 naming the field', async () => {
    const mk = (over: object) => admin.post('/api/admin/users', { username: unique('rule'), displayName: '规则', password: strong, ...over });
    expect((await mk({ role: 'inspector' })).body.error.field).toBe('groupNo');
    expect((await mk({ role: 'planner', groupNo: 2 })).body.error.field).toBe('groupNo');
    expect((await mk({ role: 'official', countyCode: '630202' })).body.error.field).toBe('countyCode');
    expect((await mk({ role: 'education', countyCode: '630299' })).body.error.field).toBe('countyCode');
    expect((await mk({ role: 'education', countyCode: '630222' })).status).toBe(201);
  });

  test('change role and county with before/after in the audit; disable ends the sessions and refuses login; enable restores', async () => {
    const username = unique('edu');
    const created = await admin.post('/api/admin/users', { username, displayName: '教育', role: 'planner', password: strong });
    const id = created.body.id;
    const session = await loginAs(username, strong);
    const r = await admin.patch(`/api/admin/users/${id}`, { role: 'education', countyCode: '630203' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ role: 'education', countyCode: '630203' });
    const [change] = await audits(id, 'user.update');
    expect(change!.detail.before).toMatchObject({ role: 'planner', countyCode: null });
    expect(change!.detail.after).toMatchObject({ role: 'education', countyCode: '630203' });

    expect((await admin.patch(`/api/admin/users/${id}`, { disabled: true })).body.disabled).toBe(true);
    expect((await as(session.cookie!)('GET', '/api/auth/me')).status).toBe(401);
    const refused = await loginAs(username, strong);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('account_disabled');
    expect((await admin.patch(`/api/admin/users/${id}`, { disabled: false })).body.disabled).toBe(false);
    expect((await loginAs(username, strong)).status).toBe(200);
  });

  test('an administrator cannot disable or demote themselves', async () => {
    const me = (await admin.get('/api/admin/users')).body.find((u: { username: string }) => u.username === 'admin');
    expect((await admin.patch(`/api/admin/users/${me.id}`, { disabled: true })).status).toBe(409);
    expect((await admin.patch(`/api/admin/users/${me.id}`, { role: 'planner' })).status).toBe(409);
  });

  test('reset password: sessions end, the user must change it first (everything else 403), then works normally', async () => {
    const username = unique('reset');
    const id = (await admin.post('/api/admin/users', { username, displayName: '重置', role: 'planner', password: strong })).body.id;
    const old = await loginAs(username, strong);
    expect((await admin.post(`/api/admin/users/${id}/password`, { password: 'Temporary-Pass-2026' })).status).toBe(204);
    expect((await as(old.cookie!)('GET', '/api/auth/me')).status).toBe(401);
    expect((await loginAs(username, strong)).status).toBe(401);
    const fresh = await loginAs(username, 'Temporary-Pass-2026');
    expect(fresh.body.mustChangePassword).toBe(true);
    const call = as(fresh.cookie!);
    const blocked = await call('GET', '/api/underground/parcels');
    expect(blocked.status).toBe(403);
    expect((await blocked.json()).error.code).toBe('password_change_required');
    expect((await call('POST', '/api/auth/password', { current: 'Temporary-Pass-2026', next: 'Temporary-Pass-2026' })).status).toBe(400);
    expect((await call('POST', '/api/auth/password', { current: 'Temporary-Pass-2026', next: 'My-Own-New-Pass-99' })).status).toBe(204);
    expect((await call('GET', '/api/underground/parcels')).status).toBe(200);
    expect((await audits(id, 'user.password_reset')).length).toBe(1);
  });

  test('self-service change: wrong current → 400 naming current; success → 204, other sessions end, this one stays', async () => {
    const username = unique('self');
    await admin.post('/api/admin/users', { username, displayName: '自助', role: 'planner', password: strong });
    const a = await loginAs(username, strong);
    const b = await loginAs(username, strong);
    const wrong = await as(a.cookie!)('POST', '/api/auth/password', { current: 'not-it', next: 'Brand-New-Pass-2026' });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.field).toBe('current');
    expect((await as(a.cookie!)('POST', '/api/auth/password', { current: strong, next: 'Brand-New-Pass-2026' })).status).toBe(204);
    expect((await as(a.cookie!)('GET', '/api/auth/me')).status).toBe(200);
    expect((await as(b.cookie!)('GET', '/api/auth/me')).status).toBe(401);
    expect((await loginAs(username, 'Brand-New-Pass-2026')).status).toBe(200);
  });

  test('sessions listed and revoked; a locked name is unlocked by the admin', async () => {
    const username = unique('sess');
    const id = (await admin.post('/api/admin/users', { username, displayName: '会话', role: 'planner', password: strong })).body.id;
    const s = await loginAs(username, strong);
    const token = await as(s.cookie!)('POST', '/api/auth/tokens', { name: 'QGIS' });
    expect(token.status).toBe(201);
    const secret = (await token.json()).token as string;
    const list = await admin.get(`/api/admin/users/${id}/sessions`);
    expect(list.body.sessions).toHaveLength(1);
    expect(list.body.sessions[0].handle).toMatch(/^[0-9a-f]{12}$/);
    expect(list.body.tokens).toMatchObject([{ name: 'QGIS', revoked: false }]);
    expect((await admin.delete(`/api/admin/users/${id}/sessions`)).body).toEqual({ ended: 1, tokensRevoked: 1 });
    expect((await as(s.cookie!)('GET', '/api/auth/me')).status).toBe(401);
    expect((await fetch(`${app.baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);

    for (let i = 0; i < 5; i++) await loginAs(username, 'wrong-password');
    expect((await loginAs(username, strong)).status).toBe(423);
    expect((await admin.get('/api/admin/users')).body.find((u: { id: number }) => u.id === id).lockedUntil).not.toBeNull();
    expect((await admin.post(`/api/admin/users/${id}/unlock`)).status).toBe(204);
    expect((await loginAs(username, strong)).status).toBe(200);
    expect((await audits(id, 'user.unlock'))[0]!.detail).toEqual({ before: { throttled: true }, after: { throttled: false } });
  });
});
