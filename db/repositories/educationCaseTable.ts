import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { CaseTableRow } from '../../api/domain/education/caseTable';
import type { SortDirection } from '../../api/domain/shared/table';
import { caseWhere, type CaseFilter } from './educationCases';
import { casesFrom } from './educationCasesAsOf';

/** The case table's filter: the case list's, plus the time slider's day. */
export type CaseTableFilter = Omit<CaseFilter, 'limit' | 'offset'> & { asOf?: string };

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
