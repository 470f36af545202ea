import { beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client';
import { insertUser } from '../../../db/repositories/users';
import { hashPassword } from '../../../api/services/auth/password';
import { login } from '../../../api/services/auth/login';
import { loginPolicy } from '../../../api/domain/auth/loginPolicy';
import { DomainError } from '../../../api/domain/shared/domainError';
import { getTestApp, testDatabases, type TestApp } from '../../helpers/testApp';

/** How many password checks the audit log recorded for a name (one row per argon2 verify). */
async function checks(app: TestApp, username: string): Promise<{ checked: number; denied: number }> {
  const [row] = await queryRows<{ checked: number; denied: number }>(
    app.database.db,
    sql`select count(*) filter (where result = 'failed')::int as checked, count(*) filter (where result = 'denied')::int as denied
        from audit_log where action = 'login' and actor = ${username}`,
  );
  return row!;
}

describe.each(testDatabases)('login throttling on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await getTestApp(kind);
  });

  const burst = (username: string) =>
    Promise.all(Array.from({ length: 30 }, () => app.anon.post('/api/auth/login', { username, password: 'wrong-password' })));

  test('30 parallel wrong passwords to one account: at most 5 checked, the rest 423', async () => {
    const username = `burst-${kind}-${Date.now()}`;
    await insertUser(app.database.db, { username, role: 'planner', groupNo: null, passwordHash: await hashPassword('right-password-123') });
    const replies = await burst(username);
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 423)).toHaveLength(25);
    expect(await checks(app, username)).toEqual({ checked: 5, denied: 25 });
    // The lock holds for the right password too.
    expect((await app.anon.post('/api/auth/login', { username, password: 'right-password-123' })).status).toBe(423);
  });

  test('an unknown name is throttled and answered exactly like a known one', async () => {
    const known = `known-${kind}-${Date.now()}`;
    const unknown = `unknown-${kind}-${Date.now()}`;
    await insertUser(app.database.db, { username: known, role: 'planner', groupNo: null, passwordHash: await hashPassword('right-password-123') });
    const a = await burst(known);
    const b = await burst(unknown);
    const shape = (rs: typeof a) => rs.map((r) => `${r.status} ${JSON.stringify(r.body)}`).sort();
    expect(shape(b)).toEqual(shape(a));
    expect(await checks(app, unknown)).toEqual({ checked: 5, denied: 25 });
    // The key is the lowercased name: changing the case does not buy new attempts.
    expect((await app.anon.post('/api/auth/login', { username: unknown.toUpperCase(), password: 'x' })).status).toBe(423);
  });

  test('a success before the limit resets the count', async () => {
    const username = `reset-${kind}-${Date.now()}`;
    await insertUser(app.database.db, { username, role: 'planner', groupNo: null, passwordHash: await hashPassword('right-password-123') });
    for (let i = 0; i < 4; i++) expect((await app.anon.post('/api/auth/login', { username, password: 'nope' })).status).toBe(401);
    expect((await app.anon.post('/api/auth/login', { username, password: 'right-password-123' })).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await app.anon.post('/api/auth/login', { username, password: 'nope' })).status).toBe(401);
    expect((await app.anon.post('/api/auth/login', { username, password: 'right-password-123' })).status).toBe(200);
  });

  test('per-address limit: failed checks from one address across names end in 429; others are unaffected', async () => {
    const address = `198.51.100.${kind === 'pglite' ? 1 : 2}-${Date.now()}`;
    const policy = { ...loginPolicy, addressMaxFailures: 4 };
    const attempt = (username: string, addr = address) =>
      login(app.database.db, { username, password: 'wrong' }, { ttlHours: 1, address: addr, policy }).then(
        () => 'ok',
        (e: DomainError) => e.kind,
      );
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(`addr-${kind}-${i}-${Date.now()}`)));
    expect(outcomes.filter((o) => o === 'unauthenticated')).toHaveLength(4);
    expect(outcomes.filter((o) => o === 'rate_limited')).toHaveLength(8);
    expect(await attempt(`other-${Date.now()}`, `${address}-elsewhere`)).toBe('unauthenticated');
  });
});
