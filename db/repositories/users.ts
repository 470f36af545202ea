import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
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
  u: { username: string; passwordHash: string; role: Role; groupNo: number | null; displayName?: string; countyCode?: string | null; mustChangePassword?: boolean },
): Promise<number> {
  const [row] = await ex.insert(users).values(u).returning({ id: users.id });
  return row!.id;
}

export async function countUsers(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function insertSession(ex: Executor, s: { id: string; userId: number; expiresAt: Date }) {
  await ex.insert(sessions).values(s);
}

export async function deleteSession(ex: Executor, id: string) {
  await ex.delete(sessions).where(eq(sessions.id, id));
}

export async function findSessionUser(ex: Executor, id: string) {
  const [row] = await ex
    .select({ id: users.id, username: users.username, role: users.role, groupNo: users.groupNo, countyCode: users.countyCode, mustChangePassword: users.mustChangePassword })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`), isNull(users.disabledAt)))
    .limit(1);
  return row;
}

/** Deletes the sessions past their expiry; returns how many there were. */
export async function deleteExpiredSessions(ex: Executor): Promise<number> {
  const gone = await ex.delete(sessions).where(lt(sessions.expiresAt, sql`now()`)).returning({ id: sessions.id });
  return gone.length;
}
