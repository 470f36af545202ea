import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { idempotencyKeys } from '../schema/idempotency';

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;

/**
 * Takes the key for this request; false when it is already taken. On PostgreSQL a concurrent
 * claim of the same key waits here until the first transaction ends (unique primary key), then
 * sees its row (committed) or takes the key (rolled back).
 */
export async function claimKey(ex: Executor, row: { userId: number; key: string; target: string; bodyHash: string }): Promise<boolean> {
  const taken = await ex
    .insert(idempotencyKeys)
    .values({ ...row, status: 0, response: '' })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return taken.length === 1;
}

export async function keptAnswer(ex: Executor, userId: number, key: string): Promise<IdempotencyRow | undefined> {
  const [row] = await ex
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  return row;
}

export async function keepAnswer(ex: Executor, userId: number, key: string, answer: { status: number; contentType: string | null; response: string }) {
  await ex
    .update(idempotencyKeys)
    .set(answer)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
}

export async function deleteKeysOlderThan(ex: Executor, hours: number): Promise<number> {
  const gone = await ex
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${hours})`))
    .returning({ key: idempotencyKeys.key });
  return gone.length;
}
