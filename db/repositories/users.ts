import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { sessions, users } from '../schema/auth';
import type { Role } from '../../api/domain/auth/roles';

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(ex: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await ex.select().from(users).where(eq(users.username, username)).limit(1);
  return row;
}

export async function insertUser(
  ex: Executor,
  u: { username: string; passwordHash: string; role: Role; groupNo: number | null },
): Promise<number> {
  const [row] = await ex.insert(users).values(u).returning({ id: users.id });
  return row!.id;
}

export async function countUsers(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function recordFailedLogin(ex: Executor, id: number, maxFailures: number, lockMinutes: number) {
  // One statement, so concurrent failures cannot slip past the limit.
  await ex
    .update(users)
    .set({
      failedLogins: sql`case when ${users.failedLogins} + 1 >= ${maxFailures} then 0 else ${users.failedLogins} + 1 end`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${maxFailures} then now() + make_interval(mins => ${lockMinutes}) else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, id));
}

export async function resetFailedLogins(ex: Executor, id: number) {
  await ex.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, id));
}

export async function insertSession(ex: Executor, s: { id: string; userId: number; expiresAt: Date }) {
  await ex.insert(sessions).values(s);
}

export async function deleteSession(ex: Executor, id: string) {
  await ex.delete(sessions).where(eq(sessions.id, id));
}

export async function findSessionUser(ex: Executor, id: string) {
  const [row] = await ex
    .select({ id: users.id, username: users.username, role: users.role, groupNo: users.groupNo })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`)))
    .limit(1);
  return row;
}

/** Deletes the sessions past their expiry; returns how many there were. */
export async function deleteExpiredSessions(ex: Executor): Promise<number> {
  const gone = await ex.delete(sessions).where(lt(sessions.expiresAt, sql`now()`)).returning({ id: sessions.id });
  return gone.length;
}
