import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { Scope } from '../../api/domain/gas/accessScope';
import type { HazardCategory, HazardStatus, Severity } from '../../api/domain/gas/vocabulary';
import { allOf, districtScopeSql } from './gasScope';
import type { VenueRow } from './gasVenues';

export interface NearbyVenueRow extends VenueRow {
  address: string | null;
  distanceM: number;
  openHazards: number;
}

/**
 * The venues in scope nearest to a point, by geodesic distance in metres. The GiST index finds
 * candidates by planar distance in degrees (`<->`); three times the limit are re-ranked by
 * ST_Distance on the spheroid, so the east–west squeeze of a degree at 36° N cannot reorder the
 * answer within the limit.
 */
export async function nearbyVenues(ex: Executor, scope: Scope, at: { lon: number; lat: number }, limit: number): Promise<NearbyVenueRow[]> {
  const point = sql`ST_SetSRID(ST_MakePoint(${at.lon}::float8, ${at.lat}::float8), 4326)`;
  return queryRows<NearbyVenueRow>(
    ex,
    sql`with candidates as (
          select v.* from gas_venues v where ${districtScopeSql(scope, sql`v.district_code`)}
          order by v.geom <-> ${point} limit ${limit * 3}
        )
        select c.id::int as "id", c.name, c.venue_type as "venueType", c.pipeline_user_kind as "pipelineUserKind",
          to_char(c.last_safety_check_on, 'YYYY-MM-DD') as "lastSafetyCheckOn", c.county_code as "countyCode",
          c.district_code as "districtCode", c.address, ST_X(c.geom) as lon, ST_Y(c.geom) as lat,
          ST_Distance(c.geom::geography, ${point}::geography)::float8 as "distanceM",
          (select count(*)::int from gas_hazards h where h.venue_id = c.id and h.status <> 'verified') as "openHazards"
        from candidates c order by "distanceM", c.id limit ${limit}`,
  );
}

export interface VenueFactsRow extends VenueRow {
  address: string | null;
  lastVisitOn: string | null;
  visits: number;
}

export interface VenueHazardRow {
  id: number;
  category: HazardCategory;
  severity: Severity;
  status: HazardStatus;
  foundOn: string;
  deadline: string;
}

/** One venue with its visit tally, when it lies in scope; undefined otherwise (missing or another district's). */
export async function venueFacts(ex: Executor, scope: Scope, id: number): Promise<VenueFactsRow | undefined> {
  const [row] = await queryRows<VenueFactsRow>(
    ex,
    sql`select v.id::int as "id", v.name, v.venue_type as "venueType", v.pipeline_user_kind as "pipelineUserKind",
          to_char(v.last_safety_check_on, 'YYYY-MM-DD') as "lastSafetyCheckOn", v.county_code as "countyCode",
          v.district_code as "districtCode", v.address, ST_X(v.geom) as lon, ST_Y(v.geom) as lat,
          (select to_char(max(s.visited_on), 'YYYY-MM-DD') from gas_visits s where s.venue_id = v.id) as "lastVisitOn",
          (select count(*)::int from gas_visits s where s.venue_id = v.id) as "visits"
        from gas_venues v where ${allOf([sql`v.id = ${id}`, districtScopeSql(scope, sql`v.district_code`)])}`,
  );
  return row;
}

/** The hazards of a venue not yet verified (closed), oldest deadline first. */
export async function openVenueHazards(ex: Executor, venueId: number): Promise<VenueHazardRow[]> {
  return queryRows<VenueHazardRow>(
    ex,
    sql`select id::int as "id", category, severity, status, to_char(found_on, 'YYYY-MM-DD') as "foundOn", to_char(deadline, 'YYYY-MM-DD') as "deadline"
        from gas_hazards where venue_id = ${venueId} and status <> 'verified' order by deadline, id`,
  );
}
