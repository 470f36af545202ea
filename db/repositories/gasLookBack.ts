import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { Scope } from '../../api/domain/gas/accessScope';
import type { FirstRoundHazard, SecondRoundFinding } from '../../api/domain/gas/lookBack';
import type { LookBackQuery } from '../../api/routes/gas/schemas';
import { allOf, districtScopeSql } from './gasScope';

export interface FirstRoundRow extends FirstRoundHazard {
  venueName: string;
  severity: string;
  lon: number;
  lat: number;
}

const filters = (scope: Scope, f: Omit<LookBackQuery, 'campaignId'>) => [
  districtScopeSql(scope, sql`h.district_code`),
  f.district ? sql`h.district_code = ${f.district}` : undefined,
  f.group !== undefined ? sql`h.group_no = ${f.group}` : undefined,
];

/** The hazards found in one round of a campaign, in scope (回头看: what round 2 looks back at). */
export async function roundHazards(ex: Executor, scope: Scope, campaignId: string, roundNo: number, f: Omit<LookBackQuery, 'campaignId'>): Promise<FirstRoundRow[]> {
  return queryRows<FirstRoundRow>(
    ex,
    sql`select h.id::int as id, h.venue_id::int as "venueId", v.name as "venueName", h.category, h.severity, h.group_no as "groupNo",
        h.district_code as "districtCode", h.status, to_char(h.deadline, 'YYYY-MM-DD') as deadline, ST_X(h.geom) as lon, ST_Y(h.geom) as lat
        from gas_hazards h join gas_venues v on v.id = h.venue_id
        where ${allOf([sql`h.campaign_id = ${campaignId}`, sql`h.round_no = ${roundNo}`, ...filters(scope, f)])}
        order by h.group_no, h.district_code, h.id`,
  );
}

/** What was found where in a round (venue + category, distinct), in scope: "found again" in 回头看. */
export async function roundFindings(ex: Executor, scope: Scope, campaignId: string, roundNo: number): Promise<SecondRoundFinding[]> {
  return queryRows<SecondRoundFinding>(
    ex,
    sql`select distinct h.venue_id::int as "venueId", h.category from gas_hazards h
        where ${allOf([sql`h.campaign_id = ${campaignId}`, sql`h.round_no = ${roundNo}`, districtScopeSql(scope, sql`h.district_code`)])}`,
  );
}
