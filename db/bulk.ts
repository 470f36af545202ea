import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

/**
 * Inserts many rows in chunks, inside the caller's transaction. PostgreSQL caps a statement
 * at 65,535 bind parameters, so the chunk size follows the column count.
 */
export async function insertChunked<T extends PgTable>(
  ex: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
  columnsPerRow?: number,
): Promise<void> {
  if (rows.length === 0) return;
  const cols = columnsPerRow ?? Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.min(5000, Math.floor(60000 / Math.max(1, cols))));
  for (let i = 0; i < rows.length; i += size) {
    await ex.insert(table).values(rows.slice(i, i + size) as T['$inferInsert'][]);
  }
}
