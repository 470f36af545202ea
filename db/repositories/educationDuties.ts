import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import { eduDutyCompletions } from '../schema/education';

// Duty-calendar completions (issue 13) and the township lookup the duty verbs validate against.

export type DutyCompletionRow = typeof eduDutyCompletions.$inferSelect;

export async function dutyCompletions(ex: Executor, countyCode: string, townshipCode: string, from: string, to: string): Promise<DutyCompletionRow[]> {
  return ex
    .select()
    .from(eduDutyCompletions)
    .where(
      and(
        eq(eduDutyCompletions.countyCode, countyCode),
        eq(eduDutyCompletions.townshipCode, townshipCode),
        gte(eduDutyCompletions.dueDate, from),
        lte(eduDutyCompletions.dueDate, to),
      ),
    );
}

/** Inserts the completion; returns null when the duty was already marked done. */
export async function insertDutyCompletion(ex: Executor, row: typeof eduDutyCompletions.$inferInsert): Promise<DutyCompletionRow | null> {
  const [out] = await ex.insert(eduDutyCompletions).values(row).onConflictDoNothing().returning();
  return out ?? null;
}

/** County of a township, or null when the code is unknown. */
export async function townshipCountyCode(ex: Executor, townshipCode: string): Promise<string | null> {
  const [row] = await queryRows<{ countyCode: string }>(ex, sql`select county_code as "countyCode" from townships where code = ${townshipCode}`);
  return row?.countyCode ?? null;
}
