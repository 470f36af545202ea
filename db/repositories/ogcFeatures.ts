import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../api/domain/gas/accessScope';
import type { Bbox } from '../../api/domain/geo/bbox';
import type { DateInterval, OgcCollectionId } from '../../api/domain/geo/ogcCollections';
import { queryRows, type Executor } from '../client';
import { envelope, geoJsonText } from '../geojson';
import { allOf, districtScopeSql } from './gasScope';

// Each collection as one row source with the reserved columns _id, _geom, _dt (its date, or
// null) and _scope (its district, or null), plus one column per attribute named as in
// api/domain/geo/ogcCollections.ts. The generic query below filters on these columns; PostgreSQL
// pushes the predicates into the sources, so the GiST and district indexes still apply.
const sources: Record<OgcCollectionId, SQL> = {
  parcels: sql`select p.id as _id, p.footprint as _geom, p.term_start as _dt, null::text as _scope,
    p.code, p.name, p.kind, p.use, p.supply, p.status, p.county_code as "countyCode", p.township_code as "townshipCode",
    to_char(p.term_start, 'YYYY-MM-DD') as "termStart",
    (select string_agg(l.level, ',' order by l.top_depth) from underground_layers l where l.parcel_id = p.id) as levels,
    p.fee_total as "feeTotal", p.fee_tier as "feeTier", p.synthetic from underground_parcels p`,
  venues: sql`select v.id as _id, v.geom as _geom, v.last_safety_check_on as _dt, v.district_code as _scope,
    v.name, v.venue_type as "venueType", v.pipeline_user_kind as "pipelineUserKind",
    to_char(v.last_safety_check_on, 'YYYY-MM-DD') as "lastSafetyCheckOn", v.county_code as "countyCode",
    v.district_code as "districtCode", v.address from gas_venues v`,
  hazards: sql`select h.id as _id, h.geom as _geom, h.found_on as _dt, h.district_code as _scope,
    h.venue_id as "venueId", v.name as "venueName", h.venue_type as "venueType", h.category, h.severity, h.status, h.description,
    to_char(h.found_on, 'YYYY-MM-DD') as "foundOn", to_char(h.deadline, 'YYYY-MM-DD') as deadline, h.group_no as "groupNo",
    h.county_code as "countyCode", h.district_code as "districtCode", h.campaign_id as "campaignId", h.round_no as "roundNo"
    from gas_hazards h join gas_venues v on v.id = h.venue_id`,
  visits: sql`select x.id as _id, v.geom as _geom, x.visited_on as _dt, x.district_code as _scope,
    x.venue_id as "venueId", v.name as "venueName", to_char(x.visited_on, 'YYYY-MM-DD') as "visitedOn", x.group_no as "groupNo",
    x.campaign_id as "campaignId", x.round_no as "roundNo", x.target_kind as "targetKind", x.district_code as "districtCode"
    from gas_visits x join gas_venues v on v.id = x.venue_id`,
  catchments: sql`select ct.id as _id, ct.geom as _geom, null::date as _dt, null::text as _scope,
    s.code as "schoolCode", s.name as "schoolName", ct.level, ct.capacity, s.county_code as "countyCode"
    from edu_catchments ct join edu_schools s on s.id = ct.school_id`,
  schools: sql`select s.id as _id, s.geom as _geom, null::date as _dt, null::text as _scope,
    s.code, s.name, s.level, s.capacity, s.county_code as "countyCode", s.township_code as "townshipCode" from edu_schools s`,
  counties: sql`select c.code as _id, c.geom as _geom, null::date as _dt, null::text as _scope, c.code, c.name from counties c`,
  districts: sql`select d.code as _id, d.geom as _geom, null::date as _dt, null::text as _scope, d.code, d.name, d.synthetic from districts d`,
  townships: sql`select t.code as _id, t.geom as _geom, null::date as _dt, null::text as _scope,
    t.code, t.name, t.county_code as "countyCode", t.village_count as "villageCount", t.synthetic from townships t`,
};

/** A collection's row source (reserved columns _id, _geom, _dt, _scope + its attributes), for the tile builders. */
export const ogcSource = (id: OgcCollectionId): SQL => sources[id];

export interface OgcItemsFilter {
  scope: Scope;
  bbox?: Bbox;
  datetime?: DateInterval;
  properties: Record<string, string>;
  featureId?: string;
}

function whereOf(f: OgcItemsFilter, districtScoped: boolean): SQL {
  return allOf([
    districtScoped ? districtScopeSql(f.scope, sql`s._scope`) : undefined,
    f.bbox ? sql`s._geom && ${envelope(f.bbox)} and ST_Intersects(s._geom, ${envelope(f.bbox)})` : undefined,
    f.datetime?.from ? sql`s._dt >= ${f.datetime.from}::date` : undefined,
    f.datetime?.to ? sql`s._dt <= ${f.datetime.to}::date` : undefined,
    ...Object.entries(f.properties).map(([k, v]) => sql`s.${sql.identifier(k)}::text = ${v}`),
    f.featureId !== undefined ? sql`s._id::text = ${f.featureId}` : undefined,
  ]);
}

/** One page of a collection as GeoJSON features (RFC 7946 geometry), with the number matched. */
export async function ogcItems(ex: Executor, id: OgcCollectionId, districtScoped: boolean, f: OgcItemsFilter, page: { limit: number; offset: number }) {
  const where = whereOf(f, districtScoped);
  const [count] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from (${sources[id]}) s where ${where}`);
  const rows = await queryRows<{ f: unknown }>(
    ex,
    sql`select json_build_object('type', 'Feature', 'id', s._id, 'geometry', ${geoJsonText(sql`s._geom`)}::json,
          'properties', to_jsonb(s) - '_id' - '_geom' - '_dt' - '_scope') as f
        from (${sources[id]}) s where ${where} order by s._id limit ${page.limit} offset ${page.offset}`,
  );
  const features = rows.map((r) => (typeof r.f === 'string' ? JSON.parse(r.f) : r.f) as { type: 'Feature'; id: string | number; geometry: unknown; properties: Record<string, unknown> });
  return { features, numberMatched: Number(count?.n ?? 0) };
}

/** The bounding box and date range of what the caller may read in a collection (for its extent). */
export async function ogcExtent(ex: Executor, id: OgcCollectionId, districtScoped: boolean, scope: Scope) {
  const [row] = await queryRows<{ minx: number | null; miny: number | null; maxx: number | null; maxy: number | null; t0: string | null; t1: string | null }>(
    ex,
    sql`select ST_XMin(e) as minx, ST_YMin(e) as miny, ST_XMax(e) as maxx, ST_YMax(e) as maxy, t0, t1 from (
          select ST_Extent(s._geom) as e, to_char(min(s._dt), 'YYYY-MM-DD') as t0, to_char(max(s._dt), 'YYYY-MM-DD') as t1
          from (${sources[id]}) s where ${whereOf({ scope, properties: {} }, districtScoped)}) q`,
  );
  return row;
}
