import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Db } from '../../db/client';

/** One table's row count and content hash (md5 over every row's text, rows sorted). */
export interface TableFigure {
  table: string;
  rows: number;
  hash: string;
}

export type Target = { url?: string; dataDir: string };

/**
 * Every table outside the system schemas that no extension owns. The `backup.restore` audit row a
 * restore writes into the restored database is left out (`withoutRestoreRow`), so a restored
 * database compares equal to its source.
 */
export async function figuresOf(db: Db, opts: { withoutRestoreRow?: boolean } = {}): Promise<TableFigure[]> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
          and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
        order by 1`,
  );
  const out: TableFigure[] = [];
  for (const { name } of tables) {
    const where = opts.withoutRestoreRow && name === 'public.audit_log' ? ` where t.action <> 'backup.restore'` : '';
    const [row] = await queryRows<{ rows: number; hash: string }>(
      db,
      sql.raw(`select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as hash from ${name} t${where}`),
    );
    out.push({ table: name, rows: row!.rows, hash: row!.hash });
  }
  return out;
}

/** The figures of a database that is not open in this process (opened for the count, then closed). */
export async function figures(target: Target, opts: { withoutRestoreRow?: boolean } = {}): Promise<TableFigure[]> {
  const database = await openDatabase(target.url ? { url: target.url, poolSize: 1 } : { dataDir: target.dataDir });
  try {
    return await figuresOf(database.db, opts);
  } finally {
    await database.close();
  }
}
