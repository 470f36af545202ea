import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { SchoolGasRule } from '../../api/domain/education/schoolGasRule';
import { overdueSql } from './gasHazards';

// Schools near gas venues of type 'school' that have unverified hazards: counts only, no hazard
// texts, responsible persons or venue details leave the gas domain through this query.

export interface SchoolGasRow {
  schoolCode: string;
  schoolName: string;
  countyCode: string;
  townshipCode: string;
  lon: number;
  lat: number;
  venues: number;
  openHazards: number;
  majorHazards: number;
  overdueHazards: number;
}

export async function schoolsWithGasHazards(
  ex: Executor,
  rule: Pick<SchoolGasRule, 'radiusMeters' | 'venueType' | 'statuses'>,
  today: string, county?: string): Promise<SchoolGasRow[]> {
  // A degree box around the school first (index-driven), then the exact sphere distance. One
  // degree of longitude is ≥ 80 km up to latitude 44°, so radius / 80,000 degrees always suffices.
  const degrees = rule.radiusMeters / 80_000;
  const rows = await queryRows<SchoolGasRow>(
    ex,
    sql`select s.code as "schoolCode", s.name as "schoolName", s.county_code as "countyCode", s.township_code as "townshipCode",
          ST_X(s.geom) as lon, ST_Y(s.geom) as lat,
          count(distinct v.id)::int as venues, count(h.id)::int as "openHazards",
          count(h.id) filter (where h.severity = 'major')::int as "majorHazards",
          count(h.id) filter (where ${overdueSql(today)})::int as "overdueHazards"
        from edu_schools s
        join gas_venues v on v.venue_type = ${rule.venueType} and v.geom && ST_Expand(s.geom, ${degrees}::float8)
          and ST_DistanceSphere(v.geom, s.geom) <= ${rule.radiusMeters}::float8
        join gas_hazards h on h.venue_id = v.id and h.status in ${rule.statuses}
        ${county ? sql`where s.county_code = ${county}` : sql``}
        group by s.code, s.name, s.county_code, s.township_code, s.geom
        order by s.code`,
  );
  return rows.map((r) => ({
    ...r,
    lon: Number(r.lon),
    lat: Number(r.lat),
    venues: Number(r.venues),
    openHazards: Number(r.openHazards),
    majorHazards: Number(r.majorHazards),
    overdueHazards: Number(r.overdueHazards),
  }));
}
