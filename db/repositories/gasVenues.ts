import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import { envelope, featureCollectionQuery } from '../geojson';
import type { Scope } from '../../api/domain/gas/accessScope';
import type { SafetyCheckRuleSet } from '../../api/domain/gas/safetyCheckRules';
import type { VenueQuery } from '../../api/routes/gas/schemas';
import type { PipelineUserKind, VenueType } from '../../api/domain/gas/vocabulary';
import { allOf, districtScopeSql, featuresOf, type FeatureCollection } from './gasScope';

export interface NewVenue {
  name: string;
  venueType: VenueType;
  pipelineUserKind: PipelineUserKind;
  lastSafetyCheckOn: string | null;
  address: string | null;
  lon: number;
  lat: number;
}

/**
 * Inserts venues deciding county and district from the LOCATION in SQL: the park polygon first
 * (东政办〔2023〕98号 §二(一)2: park venues belong to group 7 only), else the containing county.
 * Points outside every county are skipped. Returns the number inserted.
 */
export async function insertVenues(ex: Executor, venues: readonly NewVenue[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < venues.length; i += 2000) {
    const chunk = venues.slice(i, i + 2000);
    const values = sql.join(
      chunk.map(
        (v, j) =>
          sql`(${i + j}::int, ${v.name}::text, ${v.venueType}::text, ${v.pipelineUserKind}::text, ${v.lastSafetyCheckOn}::date, ${v.address}::text, ST_SetSRID(ST_MakePoint(${v.lon}::float8, ${v.lat}::float8), 4326))`,
      ),
      sql`, `,
    );
    const rows = await queryRows<{ n: number }>(
      ex,
      sql`with input(ord, name, venue_type, pipeline_user_kind, last_check, address, geom) as (values ${values}),
        located as (
          select i.*, (select c.code from counties c where ST_Contains(c.geom, i.geom) order by c.code limit 1) as county_code,
            exists (select 1 from districts d where d.code = 'park' and ST_Contains(d.geom, i.geom)) as in_park
          from input i
        ),
        ins as (
          insert into gas_venues (name, venue_type, pipeline_user_kind, last_safety_check_on, county_code, district_code, address, geom)
          select name, venue_type, pipeline_user_kind, last_check, county_code,
                 case when in_park then 'park' else county_code end, address, geom
          from located where county_code is not null order by ord
          returning 1
        )
        select count(*)::int as n from ins`,
    );
    inserted += Number(rows[0]?.n ?? 0);
  }
  return inserted;
}

export interface VenueRow {
  id: number;
  name: string;
  venueType: VenueType;
  pipelineUserKind: PipelineUserKind;
  lastSafetyCheckOn: string | null;
  countyCode: string;
  districtCode: string;
  lon: number;
  lat: number;
}

const venueColumns = sql`id::int as "id", name, venue_type as "venueType", pipeline_user_kind as "pipelineUserKind",
  to_char(last_safety_check_on, 'YYYY-MM-DD') as "lastSafetyCheckOn", county_code as "countyCode",
  district_code as "districtCode", ST_X(geom) as lon, ST_Y(geom) as lat`;

export async function venueById(ex: Executor, id: number): Promise<VenueRow | undefined> {
  const [row] = await queryRows<VenueRow>(ex, sql`select ${venueColumns} from gas_venues where id = ${id}`);
  return row;
}

/** Every venue in id order (seeding and the cluster index read positions only). */
export async function allVenues(ex: Executor, scope: Scope, venueType?: VenueType): Promise<VenueRow[]> {
  return queryRows<VenueRow>(
    ex,
    sql`select ${venueColumns} from gas_venues
        where ${allOf([districtScopeSql(scope, sql`district_code`), venueType ? sql`venue_type = ${venueType}` : undefined])}
        order by id`,
  );
}

export interface VenueProperties {
  id: number;
  name: string;
  venueType: VenueType;
  pipelineUserKind: PipelineUserKind;
  lastSafetyCheckOn: string | null;
  countyCode: string;
  districtCode: string;
  openHazards: number;
}

/** The venue list's filters as the API declares them. */
export type VenueFilter = Omit<VenueQuery, 'limit' | 'offset'>;

/** The WHERE of a scoped, filtered venue query (alias `v`). */
export function venueWhere(scope: Scope, f: VenueFilter): SQL {
  return allOf([
    districtScopeSql(scope, sql`v.district_code`),
    f.district ? sql`v.district_code = ${f.district}` : undefined,
    f.countyCode ? sql`v.county_code = ${f.countyCode}` : undefined,
    f.venueType ? sql`v.venue_type = ${f.venueType}` : undefined,
    f.bbox ? sql`v.geom && ${envelope(f.bbox)}` : undefined,
    f.q ? sql`v.name ilike ${'%' + f.q.replace(/[%_\\]/g, (m) => '\\' + m) + '%'}` : undefined,
  ]);
}

export async function venueCollection(
  ex: Executor,
  scope: Scope,
  f: VenueQuery,
): Promise<FeatureCollection<VenueProperties> & { total: number }> {
  const where = venueWhere(scope, f);
  const [count] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from gas_venues v where ${where}`);
  const [row] = await queryRows<{ features: unknown[] | string }>(
    ex,
    featureCollectionQuery({
      from: sql`gas_venues v`,
      geom: sql`v.geom`,
      id: sql`v.id`,
      properties: sql`json_build_object('id', v.id, 'name', v.name, 'venueType', v.venue_type,
        'pipelineUserKind', v.pipeline_user_kind, 'lastSafetyCheckOn', v.last_safety_check_on,
        'countyCode', v.county_code, 'districtCode', v.district_code,
        'openHazards', (select count(*) from gas_hazards h where h.venue_id = v.id and h.status <> 'verified'))`,
      where,
      orderBy: sql`v.id`,
      limit: f.limit,
      offset: f.offset,
    }),
  );
  return { type: 'FeatureCollection', features: featuresOf<VenueProperties>(row), total: Number(count?.n ?? 0) };
}

export interface DueRow extends VenueRow {
  dueDate: string | null;
}

/**
 * safetyCheckDue.ts in SQL, built from the rule set's intervals (no kind or interval restated):
 * the due day is the last check plus the interval of the venue's kind (a kind without an interval
 * has no check duty), and the check is overdue when it was never made or the due day is before
 * today. PostgreSQL adds years as addYears does (29 Feb → 28 Feb).
 */
export function safetyCheckSql(intervalYears: SafetyCheckRuleSet['intervalYears'], today: string) {
  const kinds = Object.entries(intervalYears);
  const interval = sql`case pipeline_user_kind ${sql.join(kinds.map(([kind, years]) => sql`when ${kind} then ${years}::int`), sql` `)} end`;
  const due = sql`(last_safety_check_on + make_interval(years => ${interval}))::date`;
  return { due, dutyBound: sql`pipeline_user_kind in ${kinds.map(([kind]) => kind)}`, overdue: sql`(last_safety_check_on is null or ${due} < ${today}::date)` };
}

/** Pipeline users whose door-to-door check is overdue on `today` (东政办〔2023〕98号 §三(二)). */
export async function overdueSafetyChecks(
  ex: Executor,
  scope: Scope,
  today: string,
  intervalYears: SafetyCheckRuleSet['intervalYears'],
  page: { limit: number; offset: number; district?: string },
): Promise<{ rows: DueRow[]; total: number }> {
  const { due, dutyBound, overdue } = safetyCheckSql(intervalYears, today);
  const where = allOf([
    districtScopeSql(scope, sql`district_code`),
    page.district ? sql`district_code = ${page.district}` : undefined,
    dutyBound,
    overdue,
  ]);
  const [count] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from gas_venues where ${where}`);
  const rows = await queryRows<DueRow>(
    ex,
    sql`select ${venueColumns}, to_char(${due}, 'YYYY-MM-DD') as "dueDate" from gas_venues where ${where}
        order by last_safety_check_on nulls first, id limit ${page.limit} offset ${page.offset}`,
  );
  return { rows, total: Number(count?.n ?? 0) };
}

/**
 * The county and inspection district of a location, by the same rule as insertVenues (park
 * polygon first, else the containing county); undefined outside every county.
 */
export async function districtAt(ex: Executor, lon: number, lat: number): Promise<{ countyCode: string; districtCode: string } | undefined> {
  const [row] = await queryRows<{ countyCode: string | null; inPark: boolean }>(
    ex,
    sql`with p as (select ST_SetSRID(ST_MakePoint(${lon}::float8, ${lat}::float8), 4326) as geom)
        select (select c.code from counties c, p where ST_Contains(c.geom, p.geom) order by c.code limit 1) as "countyCode",
               exists (select 1 from districts d, p where d.code = 'park' and ST_Contains(d.geom, p.geom)) as "inPark"`,
  );
  if (!row?.countyCode) return undefined;
  return { countyCode: row.countyCode, districtCode: row.inPark ? 'park' : row.countyCode };
}

/** One venue at a located position; returns its id. */
export async function insertVenue(ex: Executor, v: NewVenue, at: { countyCode: string; districtCode: string }): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    ex,
    sql`insert into gas_venues (name, venue_type, pipeline_user_kind, last_safety_check_on, county_code, district_code, address, geom)
        values (${v.name}, ${v.venueType}, ${v.pipelineUserKind}, ${v.lastSafetyCheckOn}::date, ${at.countyCode}, ${at.districtCode},
                ${v.address}, ST_SetSRID(ST_MakePoint(${v.lon}::float8, ${v.lat}::float8), 4326))
        returning id::int as id`,
  );
  return Number(row!.id);
}
