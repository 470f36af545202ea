import { rowsPerStatement } from '../bulk';
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import { gasVisits } from '../schema/gas';
import type { Scope } from '../../api/domain/gas/accessScope';
import { allOf, districtScopeSql } from './gasScope';

export type NewVisit = typeof gasVisits.$inferInsert;

export async function insertVisits(ex: Executor, rows: readonly NewVisit[]): Promise<number[]> {
  const ids: number[] = [];
  const size = rowsPerStatement(Object.keys(gasVisits).length);
  for (let i = 0; i < rows.length; i += size) {
    const out = await ex.insert(gasVisits).values(rows.slice(i, i + size)).returning({ id: gasVisits.id });
    ids.push(...out.map((r) => r.id));
  }
  return ids;
}

export interface CoverageCounts {
  /** Venues per district. */
  venues: { district: string; n: number }[];
  /** Distinct venues visited, and distinct days with a visit, per group, round and district. */
  visited: { groupNo: number; roundNo: number; district: string; n: number; days: number }[];
}

/** Aggregates for roundCoverage, done in SQL so 100,000 venues never travel to Node. */
export async function coverageCounts(ex: Executor, scope: Scope, campaignId: string): Promise<CoverageCounts> {
  const venues = await queryRows<{ district: string; n: number }>(
    ex,
    sql`select district_code as district, count(*)::int as n from gas_venues
        where ${districtScopeSql(scope, sql`district_code`)} group by district_code`,
  );
  const visited = await queryRows<{ groupNo: number; roundNo: number; district: string; n: number; days: number }>(
    ex,
    sql`select group_no as "groupNo", round_no as "roundNo", district_code as district, count(distinct venue_id)::int as n,
        count(distinct visited_on)::int as days
        from gas_visits where ${allOf([districtScopeSql(scope, sql`district_code`), sql`campaign_id = ${campaignId}`])}
        group by group_no, round_no, district_code`,
  );
  return { venues: venues.map((v) => ({ ...v, n: Number(v.n) })), visited: visited.map((v) => ({ ...v, n: Number(v.n), days: Number(v.days) })) };
}

/** Visits and hazards dated outside every round, per district in scope (counted, never invisible). */
export async function outsideRoundCounts(ex: Executor, scope: Scope): Promise<{ district: string; visits: number; hazards: number }[]> {
  const rows = await queryRows<{ district: string; visits: number; hazards: number }>(
    ex,
    sql`select district, sum(visits)::int as visits, sum(hazards)::int as hazards from (
          select district_code as district, count(*) as visits, 0 as hazards from gas_visits
            where campaign_id is null and ${districtScopeSql(scope, sql`district_code`)} group by district_code
          union all
          select district_code, 0, count(*) from gas_hazards
            where campaign_id is null and ${districtScopeSql(scope, sql`district_code`)} group by district_code
        ) q group by district order by district`,
  );
  return rows.map((r) => ({ district: r.district, visits: Number(r.visits), hazards: Number(r.hazards) }));
}

export interface ReportVisitRow {
  venueId: number;
  venueName: string;
  district: string;
  targetKind: 'government' | 'department' | 'enterprise';
  on: string;
}

/** The visits of ONE group in one round (附件1 counts only the group's own records). */
export async function groupRoundVisits(ex: Executor, groupNo: number, campaignId: string, roundNo: number): Promise<ReportVisitRow[]> {
  return queryRows<ReportVisitRow>(
    ex,
    sql`select g.venue_id::int as "venueId", v.name as "venueName", g.district_code as district, g.target_kind as "targetKind",
        to_char(g.visited_on, 'YYYY-MM-DD') as "on"
        from gas_visits g join gas_venues v on v.id = g.venue_id
        where g.group_no = ${groupNo} and g.campaign_id = ${campaignId} and g.round_no = ${roundNo}
        order by g.visited_on, g.id`,
  );
}
