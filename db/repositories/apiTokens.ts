import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { apiTokens, users } from '../schema/auth';

export async function insertApiToken(ex: Executor, t: { hash: string; prefix: string; userId: number; name: string; expiresAt: Date }) {
  const [row] = await ex.insert(apiTokens).values(t).returning();
  return row!;
}

/** The user's tokens, newest first (the hash never leaves the database layer). */
export function tokensOfUser(ex: Executor, userId: number) {
  return ex
    .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt, expiresAt: apiTokens.expiresAt, revokedAt: apiTokens.revokedAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.id));
}

/** Marks the user's own token revoked; undefined when it is not theirs or already revoked. */
export async function revokeTokenOfUser(ex: Executor, userId: number, id: number) {
  const [row] = await ex
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name });
  return row;
}

/** The owner (not disabled) of a live (not revoked, not expired) token hash; stamps its last use at most once a minute. */
export async function findTokenUser(ex: Executor, hash: string) {
  const [row] = await ex
    .select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, id: users.id, username: users.username, role: users.role, groupNo: users.groupNo, countyCode: users.countyCode, mustChangePassword: users.mustChangePassword })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.hash, hash), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, sql`now()`), isNull(users.disabledAt)))
    .limit(1);
  if (!row) return undefined;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await ex.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, row.tokenId));
  }
  return { id: row.id, username: row.username, role: row.role, groupNo: row.groupNo, countyCode: row.countyCode, mustChangePassword: row.mustChangePassword };
}
