import { and, eq, gt, isNull, like, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { loginThrottle, sessions, users } from '../schema/auth';
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

export async function findUserById(ex: Executor, id: number): Promise<UserRow | undefined> {
  const [row] = await ex.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** Every account with how many live sessions it has and its login lock, if any (administration page). */
export async function listUsersWithSessions(ex: Executor) {
  const [rows, counts, locks] = await Promise.all([
    ex.select().from(users).orderBy(users.username),
    ex
      .select({ userId: sessions.userId, n: sql<number>`count(*)::int` })
      .from(sessions)
      .where(gt(sessions.expiresAt, sql`now()`))
      .groupBy(sessions.userId),
    ex
      .select({ key: loginThrottle.key, until: loginThrottle.lockedUntil })
      .from(loginThrottle)
      .where(and(like(loginThrottle.key, 'user:%'), gt(loginThrottle.lockedUntil, sql`now()`))),
  ]);
  const sessionsOf = new Map(counts.map((c) => [c.userId, Number(c.n)]));
  const lockOf = new Map(locks.map((l) => [l.key, l.until]));
  return rows.map((u) => ({ ...u, sessions: sessionsOf.get(u.id) ?? 0, lockedUntil: lockOf.get(`user:${u.username.toLowerCase()}`) ?? null }));
}

export type UserChange = Partial<Pick<UserRow, 'displayName' | 'role' | 'groupNo' | 'countyCode' | 'disabledAt' | 'mustChangePassword' | 'passwordHash'>>;

export async function updateUserRow(ex: Executor, id: number, change: UserChange): Promise<UserRow | undefined> {
  const [row] = await ex.update(users).set(change).where(eq(users.id, id)).returning();
  return row;
}

/** Ends a user's sessions (all, or all but one); returns the ended session ids. */
export async function deleteUserSessions(ex: Executor, userId: number, keep?: string): Promise<string[]> {
  const gone = await ex
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keep === undefined ? undefined : ne(sessions.id, keep)))
    .returning({ id: sessions.id });
  return gone.map((g) => g.id);
}

export async function listUserSessions(ex: Executor, userId: number) {
  return ex
    .select({ id: sessions.id, createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(sessions.createdAt);
}

export async function sessionIdsOf(ex: Executor, userId: number): Promise<string[]> {
  const rows = await ex.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
  return rows.map((r) => r.id);
}
