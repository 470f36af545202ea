import { insertChunked, rowsPerStatement } from '../bulk';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import { columnsExcept } from '../columnList';
import { envelope, featureCollectionQuery } from '../geojson';
import { gasHazards, gasHazardTransitions } from '../schema/gas';
import type { Scope } from '../../api/domain/gas/accessScope';
import { overdueRule } from '../../api/domain/gas/hazardWorkflow';
import type { HazardQuery } from '../../api/routes/gas/schemas';
import type { HazardCategory, HazardStatus, Severity, VenueType } from '../../api/domain/gas/vocabulary';
import { allOf, districtScopeSql, featuresOf, type FeatureCollection } from './gasScope';
import { encodeCursor, type ListTotal, type PageKey } from '../../api/domain/shared/cursor';
import { countUpTo } from './listTotal';

export type NewHazard = typeof gasHazards.$inferInsert;
export type NewTransition = typeof gasHazardTransitions.$inferInsert;

/** The hazard query's filters as the API declares them (the map's clusters pass no bbox here). */
export type HazardFilter = Omit<HazardQuery, 'limit' | 'offset' | 'cursor'>;

export interface HazardProperties {
  id: number;
  venueId: number;
  countyCode: string;
  districtCode: string;
  groupNo: number;
  venueType: VenueType;
  category: HazardCategory;
  severity: Severity;
  status: HazardStatus;
  campaignId: string | null;
  roundNo: number | null;
  foundAt: string;
  deadline: string;
  overdue: boolean;
  /** Dated outside every round (campaign and round null); still listed, mapped and counted. */
  outsideRound: boolean;
}

/** hazardWorkflow's overdueRule in SQL, for the hazard aliased `h`: built from the rule's data, never restated. */
export const overdueSql = (today: string) =>
  sql`(h.status in ${overdueRule.statuses} and h.deadline <= ${overdueRule.lastOverdueDeadline(today)}::date)`;

// Every stored column but the status, for the as-of relation below.
const columnsButStatus = columnsExcept(gasHazards, 'h0', ['status']);

/**
 * The hazards a query reads, aliased `h`. Without `asOf`, the table. With it, each hazard as it
 * stood at the end of that Haidong day: its status is the `to` of its last transition made before
 * the next day began in Asia/Shanghai (ties by id, the order they were written) — statusAsOf.ts in
 * SQL, one index probe per hazard on (hazard_id, at) — and a hazard with no transition by then
 * (recorded later) is not there. Every filter, sort and overdue test on `h.status` then reads that
 * status.
 */
export function hazardsFrom(asOf: string | undefined): SQL {
  if (asOf === undefined) return sql`gas_hazards h`;
  const dayEnd = sql`((${asOf}::date + 1)::timestamp at time zone 'Asia/Shanghai')`;
  return sql`(select ${columnsButStatus}, s.status from gas_hazards h0
    join lateral (select t.to_status as status from gas_hazard_transitions t
      where t.hazard_id = h0.id and t.at < ${dayEnd} order by t.at desc, t.id desc limit 1) s on true) h`;
}

/** The WHERE of a scoped, filtered hazard query (alias `h`; `asOf` is read by hazardsFrom). */
export function hazardWhere(scope: Scope, f: HazardFilter, today: string): SQL {
  return allOf([
    districtScopeSql(scope, sql`h.district_code`),
    f.status ? sql`h.status = ${f.status}` : undefined,
    f.severity ? sql`h.severity = ${f.severity}` : undefined,
    f.category ? sql`h.category = ${f.category}` : undefined,
    f.countyCode ? sql`h.county_code = ${f.countyCode}` : undefined,
    f.district ? sql`h.district_code = ${f.district}` : undefined,
    f.campaign ? sql`h.campaign_id = ${f.campaign}` : undefined,
    f.round !== undefined ? sql`h.round_no = ${f.round}` : undefined,
    f.group !== undefined ? sql`h.group_no = ${f.group}` : undefined,
    f.venueType ? sql`h.venue_type = ${f.venueType}` : undefined,
    f.venueId !== undefined ? sql`h.venue_id = ${f.venueId}` : undefined,
    f.overdue === undefined ? undefined : f.overdue ? overdueSql(today) : sql`not ${overdueSql(today)}`,
    f.outsideRound === undefined ? undefined : f.outsideRound ? sql`h.campaign_id is null` : sql`h.campaign_id is not null`,
    f.bbox ? sql`h.geom && ${envelope(f.bbox)}` : undefined,
  ]);
}

/**
 * One page of hazards, newest first (found_on desc, id desc). With `after` it is a keyset page:
 * the composite index (district, status, severity, found_on desc, id desc) serves the filter and
 * the order, so the scan stops after `limit` rows whatever the page number. `next` is the cursor of
 * the following page when there is one. The total is exact up to `countUpTo`'s cap, then the
 * planner's estimate, flagged (issue 15: no count(*) over a million rows per page).
 */
export async function hazardCollection(
  ex: Executor,
  scope: Scope,
  f: HazardFilter,
  today: string,
  page: { limit: number; offset: number; after?: PageKey },
): Promise<FeatureCollection<HazardProperties> & ListTotal & { next: string | null }> {
  const where = hazardWhere(scope, f, today);
  const keyset = page.after ? sql`(h.found_on, h.id) < (${page.after.value}::date, ${page.after.id})` : undefined;
  const from = hazardsFrom(f.asOf);
  const counted = await countUpTo(ex, from, where);
  // The page's keys first, from the covering list index alone (migration 0013: an index-only scan
  // that tests the bbox inside the index and stops after the page), then those rows by key. As one
  // statement the planner ANDed the GiST index for a bbox and sorted (bench/cases/hazardList.ts).
  const pageKeys = sql`(select h.id as page_id from ${from} where ${keyset ? allOf([where, keyset]) : where}
    order by h.found_on desc, h.id desc limit ${page.limit + 1} ${page.after ? sql`` : sql`offset ${page.offset}`}) k`;
  const [row] = await queryRows<{ features: unknown[] | string }>(
    ex,
    featureCollectionQuery({
      from: sql`${pageKeys} join ${from} on h.id = k.page_id`,
      geom: sql`h.geom`,
      id: sql`h.id`,
      properties: sql`json_build_object('id', h.id, 'venueId', h.venue_id, 'countyCode', h.county_code,
        'districtCode', h.district_code, 'groupNo', h.group_no, 'venueType', h.venue_type, 'category', h.category,
        'severity', h.severity, 'status', h.status, 'campaignId', h.campaign_id, 'roundNo', h.round_no,
        'foundAt', to_char(h.found_on, 'YYYY-MM-DD'), 'deadline', to_char(h.deadline, 'YYYY-MM-DD'),
        'overdue', ${overdueSql(today)}, 'outsideRound', h.campaign_id is null)`,
      orderBy: sql`h.found_on desc, h.id desc`,
    }),
  );
  const features = featuresOf<HazardProperties>(row);
  const more = features.length > page.limit;
  if (more) features.length = page.limit;
  const last = features.at(-1)?.properties;
  return {
    type: 'FeatureCollection',
    features,
    ...counted,
    next: more && last ? encodeCursor({ value: last.foundAt, id: last.id }) : null,
  };
}

export interface HazardRow {
  id: number;
  venueId: number;
  venueName: string;
  venueType: VenueType;
  countyCode: string;
  districtCode: string;
  groupNo: number;
  campaignId: string | null;
  roundNo: number | null;
  category: HazardCategory;
  description: string;
  severity: Severity;
  status: HazardStatus;
  responsibleUnit: string;
  responsiblePerson: string;
  measures: string;
  rectificationRequirement: string | null;
  foundAt: string;
  deadline: string;
  interimMeasures: string | null;
  enforcementOutcome: string | null;
  fineYuan: number;
  lon: number;
  lat: number;
  venueAddress: string | null;
  /** The township whose (synthetic) area holds the hazard's point, if any. */
  township: string | null;
  /** The device position when recorded (null without one). */
  position: { lon: number; lat: number; accuracy: number } | null;
  /** The on-site check (onSiteRules): true on site, false too far or imprecise, null no position. */
  onSite: boolean | null;
  distanceM: number | null;
}

const hazardColumns = sql`h.id::int as "id", h.venue_id::int as "venueId", v.name as "venueName", h.venue_type as "venueType",
  h.county_code as "countyCode", h.district_code as "districtCode", h.group_no as "groupNo", h.campaign_id as "campaignId",
  h.round_no as "roundNo", h.category, h.description, h.severity, h.status, h.responsible_unit as "responsibleUnit",
  h.responsible_person as "responsiblePerson", h.measures, h.rectification_requirement as "rectificationRequirement", to_char(h.found_on, 'YYYY-MM-DD') as "foundAt",
  to_char(h.deadline, 'YYYY-MM-DD') as deadline, h.interim_measures as "interimMeasures",
  h.enforcement_outcome as "enforcementOutcome", h.fine_yuan as "fineYuan", ST_X(h.geom) as lon, ST_Y(h.geom) as lat,
  v.address as "venueAddress", (select t.name from townships t where ST_Intersects(t.geom, h.geom) order by t.code limit 1) as township,
  case when h.position_lon is null then null
       else json_build_object('lon', h.position_lon, 'lat', h.position_lat, 'accuracy', h.position_accuracy_m) end as position,
  h.on_site as "onSite", h.distance_m as "distanceM"`;

/** One hazard; `forUpdate` locks the row for a transition. */
export async function hazardById(ex: Executor, id: number, forUpdate = false): Promise<HazardRow | undefined> {
  const [row] = await queryRows<HazardRow>(
    ex,
    sql`select ${hazardColumns} from gas_hazards h join gas_venues v on v.id = h.venue_id where h.id = ${id}
        ${forUpdate ? sql`for update of h` : sql``}`,
  );
  return row;
}

/** Hazards of a scope matching a filter, as rows (major board, report list). */
export async function hazardRows(ex: Executor, scope: Scope, f: HazardFilter, today: string, limit = 100_000): Promise<HazardRow[]> {
  return queryRows<HazardRow>(
    ex,
    sql`select ${hazardColumns} from ${hazardsFrom(f.asOf)} join gas_venues v on v.id = h.venue_id
        where ${hazardWhere(scope, f, today)} order by h.deadline, h.id limit ${limit}`,
  );
}

export async function insertHazard(ex: Executor, h: NewHazard): Promise<number> {
  const [row] = await ex.insert(gasHazards).values(h).returning({ id: gasHazards.id });
  return row!.id;
}

/** Inserts many hazards in chunks and returns their ids in input order. */
export async function insertHazards(ex: Executor, rows: readonly NewHazard[]): Promise<number[]> {
  const ids: number[] = [];
  const size = rowsPerStatement(Object.keys(gasHazards).length);
  for (let i = 0; i < rows.length; i += size) {
    const out = await ex.insert(gasHazards).values(rows.slice(i, i + size)).returning({ id: gasHazards.id });
    ids.push(...out.map((r) => r.id));
  }
  return ids;
}

export async function setHazardStatus(ex: Executor, id: number, status: HazardStatus): Promise<void> {
  await ex.execute(sql`update gas_hazards set status = ${status}, updated_at = now() where id = ${id}`);
}

export async function setHazardEnforcement(ex: Executor, id: number, outcome: string | null, fineYuan: number): Promise<void> {
  await ex.execute(sql`update gas_hazards set enforcement_outcome = ${outcome}, fine_yuan = ${fineYuan}, updated_at = now() where id = ${id}`);
}

export async function insertTransitions(ex: Executor, rows: readonly NewTransition[]): Promise<void> {
  await insertChunked(ex, gasHazardTransitions, rows, Object.keys(gasHazardTransitions).length);
}

export interface TransitionRow {
  from: HazardStatus | null;
  to: HazardStatus;
  actor: string;
  role: string;
  note: string | null;
  at: string;
}

export async function transitionsOf(ex: Executor, hazardId: number): Promise<TransitionRow[]> {
  return queryRows<TransitionRow>(
    ex,
    sql`select from_status as "from", to_status as "to", actor, role, note,
        to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"') as at
        from gas_hazard_transitions where hazard_id = ${hazardId} order by at, id`,
  );
}
