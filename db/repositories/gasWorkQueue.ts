import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { Scope } from '../../api/domain/gas/accessScope';
import { areaGroups } from '../../api/domain/gas/inspectionGroups';
import type { SafetyCheckRuleSet } from '../../api/domain/gas/safetyCheckRules';
import { workQueueRule, type WorkQueueKind } from '../../api/domain/gas/workQueue';
import type { WorkQueueQuery } from '../../api/routes/gas/schemas';
import { overdueSql } from './gasHazards';
import { allOf, districtScopeSql } from './gasScope';
import { safetyCheckSql } from './gasVenues';

export interface WorkQueueItem {
  kind: WorkQueueKind;
  /** The hazard id, or the venue id for a safety check. */
  id: number;
  venueId: number;
  venueName: string;
  venueType: string;
  districtCode: string;
  groupNo: number;
  lon: number;
  lat: number;
  /** The hazard's deadline or the check's due day; null for a pipeline user never checked. */
  dueDate: string | null;
  overdue: boolean;
  /** Hazards: severity, status, category; null for checks. */
  severity: string | null;
  status: string | null;
  category: string | null;
}

/** The area group of a venue's district, in SQL (§二(一)2: each district has exactly one). */
const areaGroupOf = (district: ReturnType<typeof sql>) =>
  sql`case ${district} ${sql.join(areaGroups.map((g) => sql`when ${g.districtCode} then ${g.no}::int`), sql` `)} end`;

/**
 * Hazards not yet fixed whose deadline is on or before the horizon (hazardWorkflow.overdueRule
 * statuses; overdue as overdueSql) and pipeline users whose check is due by the horizon (the rule
 * set's intervals, as safetyCheckDue): overdue first, then by due day.
 */
export async function workQueueItems(
  ex: Executor,
  scope: Scope,
  f: Omit<WorkQueueQuery, 'limit' | 'offset' | 'days'>,
  today: string,
  horizon: string,
  intervalYears: SafetyCheckRuleSet['intervalYears'],
  page: { limit: number; offset: number },
): Promise<{ items: WorkQueueItem[]; total: number; counts: { hazard: number; safety_check: number } }> {
  const hazards = sql`select 'hazard' as kind, h.id::int as id, h.venue_id::int as "venueId", v.name as "venueName", v.venue_type as "venueType",
      h.district_code as "districtCode", h.group_no as "groupNo", ST_X(h.geom) as lon, ST_Y(h.geom) as lat,
      to_char(h.deadline, 'YYYY-MM-DD') as "dueDate", ${overdueSql(today)} as overdue,
      h.severity, h.status, h.category
    from gas_hazards h join gas_venues v on v.id = h.venue_id
    where ${allOf([
      districtScopeSql(scope, sql`h.district_code`),
      sql`h.status in ${workQueueRule.hazardStatuses}`,
      sql`h.deadline <= ${horizon}::date`,
      f.district ? sql`h.district_code = ${f.district}` : undefined,
      f.group !== undefined ? sql`h.group_no = ${f.group}` : undefined,
    ])}`;
  const { due, dutyBound, overdue } = safetyCheckSql(intervalYears, today);
  const checks = sql`select 'safety_check' as kind, id::int as id, id::int as "venueId", name as "venueName", venue_type as "venueType",
      district_code as "districtCode", ${areaGroupOf(sql`district_code`)} as "groupNo", ST_X(geom) as lon, ST_Y(geom) as lat,
      to_char(${due}, 'YYYY-MM-DD') as "dueDate", ${overdue} as overdue,
      null::text as severity, null::text as status, null::text as category
    from gas_venues
    where ${allOf([
      districtScopeSql(scope, sql`district_code`),
      dutyBound,
      sql`(last_safety_check_on is null or ${due} <= ${horizon}::date)`,
      f.district ? sql`district_code = ${f.district}` : undefined,
      f.group !== undefined ? sql`${areaGroupOf(sql`district_code`)} = ${f.group}` : undefined,
    ])}`;
  const parts = f.kind === 'hazard' ? [hazards] : f.kind === 'safety_check' ? [checks] : [hazards, checks];
  const union = sql.join(parts.map((p) => sql`(${p})`), sql` union all `);
  const tallies = await queryRows<{ kind: WorkQueueKind; n: number }>(ex, sql`select kind, count(*)::int as n from (${union}) q group by kind`);
  const counts = { hazard: 0, safety_check: 0 };
  for (const t of tallies) counts[t.kind] = Number(t.n);
  const items = await queryRows<WorkQueueItem>(
    ex,
    sql`select * from (${union}) q order by overdue desc, "dueDate" nulls first, kind, id limit ${page.limit} offset ${page.offset}`,
  );
  return { items, total: counts.hazard + counts.safety_check, counts };
}
