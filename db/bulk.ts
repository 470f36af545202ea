import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from './client';

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

/**
 * Runs a bulk load with the table's secondary indexes and foreign keys dropped and puts them back
 * afterwards from their own definitions (pg_indexes, pg_get_constraintdef): one index build is
 * several times faster than maintaining a GiST index row by row, and re-adding a foreign key
 * checks every row in one join instead of one trigger query per row. Only for demo seeding inside
 * the seeding transaction (nothing else sees the table meanwhile; a failure rolls it all back).
 */
export async function withIndexesDeferred<T>(ex: Executor, table: string, load: () => Promise<T>): Promise<T> {
  const indexes = await queryRows<{ name: string; def: string }>(
    ex,
    sql`select indexname as name, indexdef as def from pg_indexes
        where schemaname = current_schema() and tablename = ${table} and indexname not like '%_pkey'`,
  );
  const keys = await queryRows<{ name: string; def: string }>(
    ex,
    sql`select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
        where conrelid = to_regclass(${table}) and contype = 'f'`,
  );
  for (const k of keys) await ex.execute(sql.raw(`alter table "${table}" drop constraint "${k.name}"`));
  for (const i of indexes) await ex.execute(sql.raw(`drop index "${i.name}"`));
  const result = await load();
  for (const i of indexes) await ex.execute(sql.raw(i.def));
  for (const k of keys) await ex.execute(sql.raw(`alter table "${table}" add constraint "${k.name}" ${k.def}`));
  return result;
}
