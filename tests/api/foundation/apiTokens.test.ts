import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { getTestApp, testDatabases, type TestApp } from '../../helpers/testApp';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each(testDatabases)('personal API tokens on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await getTestApp(kind);
  });

  test('created once with its secret, listed without it, stored only as a hash, audited', async () => {
    const c = await app.login('official');
    const r = await c.post('/api/auth/tokens', { name: 'QGIS 办公室', expiresInDays: 30 });
    expect(r.status, r.text).toBe(201);
    expect(r.body.token).toMatch(/^hdt_[\w-]{43}$/);
    expect(r.headers.get('cache-control')).toBe('no-store');
    const days = (Date.parse(r.body.expiresAt) - Date.parse(r.body.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(30, 2);
    const list = await c.get('/api/auth/tokens');
    const mine = list.body.find((t: any) => t.id === r.body.id);
    expect(mine).toMatchObject({ name: 'QGIS 办公室', active: true, prefix: r.body.token.slice(0, 10) });
    expect(JSON.stringify(list.body)).not.toContain(r.body.token);
    const rows = await queryRows<{ hash: string }>(app.database.db, sql`select hash from api_tokens where id = ${r.body.id}`);
    expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.hash).not.toContain(r.body.token);
    const audit = await queryRows<{ action: string }>(app.database.db, sql`select action from audit_log where object_type = 'api_token' and object_id = ${String(r.body.id)}`);
    expect(audit.map((a) => a.action)).toEqual(['api_token.create']);
  });

  test("a token reads with exactly its owner's role and scope: an inspector's token sees only the own district", async () => {
    const inspector = await app.login('inspector3');
    const { body } = await inspector.post('/api/auth/tokens', { name: 'gis' });
    const viaToken = await app.anon.get('/api/gas/venues?limit=50000', bearer(body.token));
    const viaCookie = await inspector.get('/api/gas/venues?limit=50000');
    expect(viaToken.status).toBe(200);
    expect(viaToken.body.total).toBe(viaCookie.body.total);
    expect(new Set(viaToken.body.features.map((f: any) => f.properties.districtCode))).toEqual(new Set(['630222']));
    // Role gate as for the user: an inspector has no underground menu.
    expect((await app.anon.get('/api/underground/parcels', bearer(body.token))).status).toBe(403);
  });

  test('read-only: a write with a token is 401 and writes nothing; minors’ personal data is not served to tokens', async () => {
    const inspector = await app.login('inspector1');
    const { body } = await inspector.post('/api/auth/tokens', { name: 'gis' });
    const before = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from api_tokens`);
    const w = await app.anon.post('/api/auth/tokens', { name: 'chained' }, bearer(body.token));
    expect(w.status).toBe(401);
    expect(w.body.error.code).toBe('token_read_only');
    const after = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from api_tokens`);
    expect(after[0]!.n).toBe(before[0]!.n);
    const edu = await app.login('education');
    const t = await edu.post('/api/auth/tokens', { name: 'edu' });
    expect((await app.anon.get('/api/education/schools', bearer(t.body.token))).status).toBe(200);
    expect((await app.anon.get('/api/education/cases', bearer(t.body.token))).status).toBe(401);
  });

  test('revoked and expired tokens answer 401; another user cannot revoke mine (404)', async () => {
    const c = await app.login('official');
    const { body } = await c.post('/api/auth/tokens', { name: 'short' });
    expect((await app.anon.get('/api/auth/me', bearer(body.token))).status).toBe(200);
    const other = await app.login('planner');
    expect((await other.delete(`/api/auth/tokens/${body.id}`)).status).toBe(404);
    expect((await c.delete(`/api/auth/tokens/${body.id}`)).status).toBe(200);
    const revoked = await app.anon.get('/api/auth/me', bearer(body.token));
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe('token_invalid');
    expect((await c.get('/api/auth/tokens')).body.find((t: any) => t.id === body.id).active).toBe(false);

    const second = await c.post('/api/auth/tokens', { name: 'expiring' });
    await queryRows(app.database.db, sql`update api_tokens set expires_at = now() - interval '1 second' where id = ${second.body.id}`);
    expect((await app.anon.get('/api/auth/me', bearer(second.body.token))).status).toBe(401);
    expect((await app.anon.get('/api/auth/me', bearer('hdt_notatoken'))).status).toBe(401);
  });

  test('bad input: a name missing or a lifetime past a year → 400 naming the field, nothing written', async () => {
    const c = await app.login('official');
    const before = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from api_tokens`);
    const r = await c.post('/api/auth/tokens', { name: 'x', expiresInDays: 400 });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('expiresInDays');
    expect((await c.post('/api/auth/tokens', {})).body.error.field).toBe('name');
    const after = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from api_tokens`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});
