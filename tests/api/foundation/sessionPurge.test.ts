import { describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client';
import { insertSession } from '../../../db/repositories/users';
import { purgeExpiredSessions } from '../../../api/services/auth/purgeExpiredSessions';
import { getTestApp, testDatabases } from '../../helpers/testApp';

describe.each(testDatabases)('expired sessions are purged (%s)', (kind) => {
  test('an expired session row disappears, a live one stays, and the purge is audited', async () => {
    const app = await getTestApp(kind);
    const db = app.database.db;
    const [user] = await queryRows<{ id: number }>(db, sql`select id from users where username = 'planner'`);
    const marker = `purge-${kind}-${Date.now()}`;
    await insertSession(db, { id: `${marker}-expired`, userId: Number(user!.id), expiresAt: new Date(Date.now() - 60_000) });
    await insertSession(db, { id: `${marker}-live`, userId: Number(user!.id), expiresAt: new Date(Date.now() + 3_600_000) });

    expect(await purgeExpiredSessions(db)).toBeGreaterThanOrEqual(1);

    const left = await queryRows<{ id: string }>(db, sql`select id from sessions where id like ${marker + '%'} order by id`);
    expect(left.map((r) => r.id)).toEqual([`${marker}-live`]);
    const [audit] = await queryRows<{ detail: { count: number } | string }>(db, sql`select detail from audit_log where action = 'sessions.purge' order by id desc limit 1`);
    const detail = typeof audit!.detail === 'string' ? (JSON.parse(audit!.detail) as { count: number }) : audit!.detail;
    expect(detail.count).toBeGreaterThanOrEqual(1);
    // Nothing expired is left, so a second purge deletes nothing.
    expect(await purgeExpiredSessions(db)).toBe(0);
  });
});
