import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { Scope } from '../../api/domain/gas/accessScope';
import type { VenueTableRow } from '../../api/domain/gas/venueTable';
import type { SortDirection } from '../../api/domain/shared/table';
import { venueWhere, type VenueFilter } from './gasVenues';

const openHazards = sql`(select count(*)::int from gas_hazards h where h.venue_id = v.id and h.status <> 'verified')`;

/** Each sortable column of venueTable (api/domain/gas/venueTable.ts) as SQL. */
const sortSql: Record<string, SQL> = {
  id: sql`v.id`,
  name: sql`v.name`,
  venueType: sql`v.venue_type`,
  district: sql`v.district_code`,
  lastSafetyCheckOn: sql`v.last_safety_check_on`,
  openHazards,
};

/** The scoped, filtered venues in the table's order (ties by id), a page of them, and the total. */
export async function venueTableRows(
  ex: Executor,
  scope: Scope,
  f: VenueFilter,
  sort: { key: string; dir: SortDirection },
  page: { limit: number; offset: number },
): Promise<{ rows: VenueTableRow[]; total: number }> {
  const where = venueWhere(scope, f);
  const dir = sort.dir === 'desc' ? sql`desc` : sql`asc`;
  const [count] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from gas_venues v where ${where}`);
  const rows = await queryRows<VenueTableRow>(
    ex,
    sql`select v.id::int as id, v.name, v.venue_type as "venueType", v.district_code as "districtCode",
        to_char(v.last_safety_check_on, 'YYYY-MM-DD') as "lastSafetyCheckOn", ${openHazards} as "openHazards",
        ST_X(v.geom) as lon, ST_Y(v.geom) as lat
        from gas_venues v where ${where}
        order by ${sortSql[sort.key] ?? sql`v.name`} ${dir} nulls last, v.id ${dir} limit ${page.limit} offset ${page.offset}`,
  );
  return { rows, total: Number(count?.n ?? 0) };
}
