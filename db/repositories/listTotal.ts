import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { ListTotal } from '../../api/domain/shared/cursor';

/** Up to this many matches a list counts them exactly; past it the planner's estimate is given. */
export const exactTotalCap = 10_000;

/**
 * How many rows of `from` match `where`: exact while at most `cap` (a count that stops reading
 * at cap + 1), else the planner's row estimate for the same statement, flagged `totalExact: false`
 * and never below the cap.
 */
export async function countUpTo(ex: Executor, from: SQL, where: SQL, cap = exactTotalCap): Promise<ListTotal> {
  const [counted] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from (select 1 from ${from} where ${where} limit ${cap + 1}) capped`);
  const n = Number(counted?.n ?? 0);
  if (n <= cap) return { total: n, totalExact: true };
  const [plan] = await queryRows<Record<string, unknown>>(ex, sql`explain (format json) select 1 from ${from} where ${where}`);
  const doc = Object.values(plan ?? {})[0];
  const json = (typeof doc === 'string' ? JSON.parse(doc) : doc) as { Plan?: { 'Plan Rows'?: number } }[] | undefined;
  const estimate = Math.round(json?.[0]?.Plan?.['Plan Rows'] ?? 0);
  return { total: Math.max(estimate, cap + 1), totalExact: false };
}
