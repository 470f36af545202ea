import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { Scope } from '../../api/domain/gas/accessScope';
import { envelope, featureCollectionQuery } from '../geojson';
import type { UnverifiedQuery } from '../../api/routes/gas/schemas';
import { allOf, districtScopeSql, featuresOf, type FeatureCollection } from './gasScope';

/** What both review lists carry: the record, its venue and why it has no location proof. */
interface UnverifiedProperties {
  id: number;
  venueId: number;
  venueName: string;
  districtCode: string;
  groupNo: number;
  campaignId: string | null;
  roundNo: number | null;
  outsideRound: boolean;
  /** false: too far or too imprecise; null: no position sent. */
  onSite: false | null;
  distanceM: number | null;
  /** Where the device was, when it said (the feature's geometry is the venue). */
  position: { lon: number; lat: number; accuracy: number } | null;
  createdBy: string | null;
}
export interface UnverifiedVisitProperties extends UnverifiedProperties {
  visitedOn: string;
  inspectors: string;
}
export interface UnverifiedHazardProperties extends UnverifiedProperties {
  foundOn: string;
  description: string;
  status: string;
  severity: string;
}

type Filter = Omit<UnverifiedQuery, 'limit' | 'offset'>;
type Page = { limit: number; offset: number };

/**
 * Records without location proof (on_site false or null) of one table, in scope, newest first, at
 * their venues: the visits and the hazards share the on-site rule (onSiteRules) and this query.
 */
async function unverified<P>(ex: Executor, table: SQL, day: SQL, extra: SQL, scope: Scope, f: Filter, page: Page): Promise<FeatureCollection<P> & { total: number }> {
  const where = allOf([
    districtScopeSql(scope, sql`g.district_code`),
    f.reason === 'far' ? sql`g.on_site = false` : f.reason === 'no_position' ? sql`g.on_site is null` : sql`g.on_site is not true`,
    f.district ? sql`g.district_code = ${f.district}` : undefined,
    f.group !== undefined ? sql`g.group_no = ${f.group}` : undefined,
    f.from ? sql`${day} >= ${f.from}::date` : undefined,
    f.to ? sql`${day} <= ${f.to}::date` : undefined,
    f.bbox ? sql`v.geom && ${envelope(f.bbox)}` : undefined,
  ]);
  const from = sql`${table} g join gas_venues v on v.id = g.venue_id`;
  const [count] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from ${from} where ${where}`);
  const [row] = await queryRows<{ features: unknown[] | string }>(
    ex,
    featureCollectionQuery({
      from,
      geom: sql`v.geom`,
      id: sql`g.id`,
      properties: sql`jsonb_build_object('id', g.id, 'venueId', g.venue_id, 'venueName', v.name, 'districtCode', g.district_code,
        'groupNo', g.group_no, 'campaignId', g.campaign_id, 'roundNo', g.round_no, 'outsideRound', g.campaign_id is null,
        'onSite', g.on_site, 'distanceM', g.distance_m,
        'position', case when g.position_lon is null then null
          else json_build_object('lon', g.position_lon, 'lat', g.position_lat, 'accuracy', g.position_accuracy_m) end,
        'createdBy', g.created_by) || ${extra}`,
      where,
      orderBy: sql`${day} desc, g.id desc`,
      limit: page.limit,
      offset: page.offset,
    }),
  );
  return { type: 'FeatureCollection', features: featuresOf<P>(row), total: Number(count?.n ?? 0) };
}

export function unverifiedVisits(ex: Executor, scope: Scope, f: Filter, page: Page) {
  const extra = sql`jsonb_build_object('visitedOn', to_char(g.visited_on, 'YYYY-MM-DD'), 'inspectors', g.inspectors)`;
  return unverified<UnverifiedVisitProperties>(ex, sql`gas_visits`, sql`g.visited_on`, extra, scope, f, page);
}

export function unverifiedHazards(ex: Executor, scope: Scope, f: Filter, page: Page) {
  const extra = sql`jsonb_build_object('foundOn', to_char(g.found_on, 'YYYY-MM-DD'), 'description', g.description, 'status', g.status, 'severity', g.severity)`;
  return unverified<UnverifiedHazardProperties>(ex, sql`gas_hazards`, sql`g.found_on`, extra, scope, f, page);
}
