import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { Scope } from '../../api/domain/gas/accessScope';
import type { HazardTableRow } from '../../api/domain/gas/hazardTable';
import { hazardStatuses } from '../../api/domain/gas/vocabulary';
import type { SortDirection } from '../../api/domain/shared/table';
import { hazardsFrom, hazardWhere, overdueSql, type HazardFilter } from './gasHazards';

/** Each sortable column of hazardTable (api/domain/gas/hazardTable.ts) as SQL; days overdue from overdueSql. */
const sortSql = (today: string): Record<string, SQL> => ({
  id: sql`h.id`,
  venue: sql`v.name`,
  district: sql`h.district_code`,
  group: sql`h.group_no`,
  severity: sql`h.severity`,
  status: sql`array_position(array[${sql.join(hazardStatuses.map((s) => sql`${s}`), sql`, `)}]::text[], h.status::text)`,
  foundAt: sql`h.found_on`,
  deadline: sql`h.deadline`,
  daysOverdue: sql`(case when ${overdueSql(today)} then ${today}::date - h.deadline else 0 end)`,
});

/**
 * The scoped, filtered hazards in the table's order (ties by id), one page, with the total of the
 * same WHERE, as of `f.asOf` when given (hazardsFrom); `page` undefined reads every matching row (the export).
 */
export async function hazardTableRows(
  ex: Executor,
  scope: Scope,
  f: HazardFilter,
  today: string,
  sort: { key: string; dir: SortDirection },
  page?: { limit: number; offset: number },
): Promise<{ rows: HazardTableRow[]; total: number }> {
  const where = hazardWhere(scope, f, today);
  const key = sortSql(today)[sort.key] ?? sql`h.deadline`;
  const dir = sort.dir === 'desc' ? sql`desc` : sql`asc`;
  const from = hazardsFrom(f.asOf);
  const [count] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from ${from} where ${where}`);
  const rows = await queryRows<HazardTableRow>(
    ex,
    sql`select h.id::int as id, v.name as "venueName", h.district_code as "districtCode", h.group_no as "groupNo",
        h.category, h.severity, h.status, to_char(h.found_on, 'YYYY-MM-DD') as "foundAt", h.round_no as "roundNo",
        to_char(h.deadline, 'YYYY-MM-DD') as deadline, ST_X(h.geom) as lon, ST_Y(h.geom) as lat
        from ${from} join gas_venues v on v.id = h.venue_id
        where ${where} order by ${key} ${dir}, h.id ${dir}
        ${page ? sql`limit ${page.limit} offset ${page.offset}` : sql``}`,
  );
  return { rows, total: Number(count?.n ?? 0) };
}
