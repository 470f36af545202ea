import { sql, type SQL } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../client';
import type { CaseTableRow } from '../../api/domain/education/caseTable';
import type { SortDirection } from '../../api/domain/shared/table';
import { caseWhere, type CaseFilter } from './educationCases';
import { eduCases } from '../schema/education';

/** The case table's filter: the case list's, plus the time slider's day. */
export type CaseTableFilter = Omit<CaseFilter, 'limit' | 'offset'> & { asOf?: string };

// Every stored column but the status, for the as-of relation below (taken from the schema, never restated).
const columnsButStatus = sql.raw(
  getTableConfig(eduCases)
    .columns.filter((c) => c.name !== 'status')
    .map((c) => `c0.${c.name}`)
    .join(', '),
);

/**
 * The cases a table query reads, named `edu_cases` so caseWhere's columns and the sorts read it
 * unchanged. Without `asOf`, the table. With it, each case opened on or before that day with its
 * status then — caseStatusAsOf (api/domain/education/caseStatusAsOf.ts) in SQL: closed when it is
 * closed now with closed_on on or before the day, returned when its placement's `date` is on or
 * before the day, else open (a move without its date counts from opened_on). Cases opened later
 * are not there. The case steps (edu_case_steps) never change a status and are not read.
 */
function casesFrom(asOf: string | undefined): SQL {
  if (asOf === undefined) return sql`edu_cases`;
  const day = sql`${asOf}::date`;
  return sql`(select ${columnsButStatus},
      case when c0.status = 'closed' and coalesce(c0.closed_on, c0.opened_on) <= ${day} then 'closed'
           when c0.placement is not null and coalesce((c0.placement->>'date')::date, c0.opened_on) <= ${day} then 'returned'
           else 'open' end as status
    from edu_cases c0 where c0.opened_on <= ${day}) edu_cases`;
}

/** Each sortable column of caseTable (api/domain/education/caseTable.ts) as SQL. */
const sortSql: Record<string, SQL> = {
  id: sql`edu_cases.id`,
  kind: sql`edu_cases.kind`,
  status: sql`edu_cases.status`,
  county: sql`edu_cases.responsible_county_code`,
  openedOn: sql`edu_cases.opened_on`,
};

/** (No alias: caseWhere names the table's columns; `asOf` is read by casesFrom.) The filtered cases in the table's order (ties by id), a page of them, the total; each with its child's township extent. */
export async function caseTableRows(
  ex: Executor,
  { asOf, ...f }: CaseTableFilter,
  sort: { key: string; dir: SortDirection },
  page: { limit: number; offset: number },
): Promise<{ rows: CaseTableRow[]; total: number }> {
  const where = caseWhere(f) ?? sql`true`;
  const dir = sort.dir === 'desc' ? sql`desc` : sql`asc`;
  const from = casesFrom(asOf);
  const [count] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from ${from} where ${where}`);
  const rows = await queryRows<CaseTableRow & { townshipBbox: unknown }>(
    ex,
    sql`select edu_cases.id::int as id, edu_cases.name, edu_cases.id_number as "idNumber", edu_cases.kind, edu_cases.status, edu_cases.poverty,
        edu_cases.responsible_county_code as "responsibleCountyCode", to_char(edu_cases.opened_on, 'YYYY-MM-DD') as "openedOn",
        (select json_build_array(ST_XMin(t.geom), ST_YMin(t.geom), ST_XMax(t.geom), ST_YMax(t.geom))
           from edu_children ch join townships t on t.code = ch.township_code where ch.id = edu_cases.child_id) as "townshipBbox"
        from ${from} where ${where}
        order by ${sortSql[sort.key] ?? sql`edu_cases.id`} ${dir}, edu_cases.id ${dir} limit ${page.limit} offset ${page.offset}`,
  );
  return {
    rows: rows.map((r) => ({ ...r, townshipBbox: (typeof r.townshipBbox === 'string' ? JSON.parse(r.townshipBbox) : r.townshipBbox) as CaseTableRow['townshipBbox'] })),
    total: Number(count?.n ?? 0),
  };
}
