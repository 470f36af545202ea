import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { queryRows } from '../client';
import { loginThrottle } from '../schema/auth';

export interface Limit {
  max: number;
  lockMinutes: number;
  windowMinutes: number;
}

/**
 * Counts one attempt against `key` and decides, in the same statement, whether it may go on to
 * the password check: the row is locked by ON CONFLICT DO UPDATE, so parallel attempts are
 * counted one after another and at most `max` of them are let through per window. The attempt
 * that reaches `max` sets the lock itself (before its check), so none after it passes.
 */
export async function reserveAttempt(ex: Executor, key: string, limit: Limit): Promise<{ allowed: boolean; lockedUntil: Date | null }> {
  const lock = sql`make_interval(mins => ${limit.lockMinutes})`;
  const window = sql`make_interval(mins => ${limit.windowMinutes})`;
  const locked = sql`coalesce(t.locked_until > now(), false)`;
  const fresh = sql`(t.locked_until is not null or t.window_start <= now() - ${window})`;
  const next = sql`(case when ${fresh} then 1 else t.attempts + 1 end)`;
  const [row] = await queryRows<{ allowed: boolean; locked_until: string | Date | null }>(
    ex,
    sql`insert into login_throttle as t (key, attempts, window_start, locked_until, allowed)
        values (${key}, 1, now(), case when 1 >= ${limit.max} then now() + ${lock} end, true)
        on conflict (key) do update set
          allowed = not ${locked},
          attempts = case when ${locked} then t.attempts else ${next} end,
          window_start = case when ${locked} then t.window_start when ${fresh} then now() else t.window_start end,
          locked_until = case when ${locked} then t.locked_until when ${next} >= ${limit.max} then now() + ${lock} else null end
        returning allowed, locked_until`,
  );
  const until = row!.locked_until;
  return { allowed: row!.allowed, lockedUntil: until === null ? null : new Date(until) };
}

/** Gives back an attempt that turned out not to be a failed password check (address key). */
export async function refundAttempt(ex: Executor, key: string, max: number): Promise<void> {
  await ex
    .update(loginThrottle)
    .set({
      attempts: sql`greatest(${loginThrottle.attempts} - 1, 0)`,
      lockedUntil: sql`case when ${loginThrottle.attempts} - 1 < ${max} then null else ${loginThrottle.lockedUntil} end`,
    })
    .where(eq(loginThrottle.key, key));
}

/** Forgets the attempts against a key (a successful login, an administrator's unlock). */
export async function clearThrottle(ex: Executor, key: string): Promise<boolean> {
  const gone = await ex.delete(loginThrottle).where(eq(loginThrottle.key, key)).returning({ key: loginThrottle.key });
  return gone.length > 0;
}


/** Drops rows whose window and lock are both over (they no longer limit anything). */
export async function deleteStaleThrottles(ex: Executor, windowMinutes: number): Promise<number> {
  const gone = await ex
    .delete(loginThrottle)
    .where(
      and(
        lt(loginThrottle.windowStart, sql`now() - make_interval(mins => ${windowMinutes})`),
        or(sql`${loginThrottle.lockedUntil} is null`, lt(loginThrottle.lockedUntil, sql`now()`)),
      ),
    )
    .returning({ key: loginThrottle.key });
  return gone.length;
}
