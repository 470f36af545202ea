import { sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';

/**
 * A table's stored columns as `alias.name`, but the omitted ones — taken from the schema, never
 * restated. The as-of relations (hazardsFrom, casesFrom) select these and put their own status
 * beside them.
 */
export function columnsExcept(table: PgTable, alias: string, omit: readonly string[]): SQL {
  return sql.raw(
    getTableConfig(table)
      .columns.filter((c) => !omit.includes(c.name))
      .map((c) => `${alias}.${c.name}`)
      .join(', '),
  );
}
