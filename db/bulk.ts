import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

/**
 * Most bind parameters one statement may carry. PostgreSQL's limit is 65,535, but PGlite 0.5.8
 * silently answers a statement with more than 32,767 parameters with no rows and then returns
 * stale results to the next query (seen here: an INSERT … RETURNING of 34,000 parameters came
 * back empty), so every bulk write stays below the signed 16-bit limit.
 */
export const MAX_BIND_PARAMETERS = 32_000;

/** Inserts many rows in chunks, inside the caller's transaction; chunk size follows the column count. */
export async function insertChunked<T extends PgTable>(
  ex: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
  columnsPerRow?: number,
): Promise<void> {
  if (rows.length === 0) return;
  const cols = columnsPerRow ?? Object.keys(rows[0] as object).length;
  const size = rowsPerStatement(cols);
  for (let i = 0; i < rows.length; i += size) {
    await ex.insert(table).values(rows.slice(i, i + size) as T['$inferInsert'][]);
  }
}

/** Rows per statement for `columns` bound values a row, below MAX_BIND_PARAMETERS. */
export function rowsPerStatement(columns: number): number {
  return Math.max(1, Math.min(5000, Math.floor(MAX_BIND_PARAMETERS / Math.max(1, columns))));
}
