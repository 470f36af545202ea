import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { Scope } from '../../api/domain/gas/accessScope';
import { districtScopeSql } from './gasScope';

// The search box's reads, one statement per kind; which kinds a caller may search, and the gas
// district scope, are decided by the service from the domain (api/domain/search/vocabulary.ts).

export interface SearchRow {
  id: number | string;
  label: string;
  detail: string | null;
  lon: number | null;
  lat: number | null;
  /** xmin,ymin,xmax,ymax of a shape. */
  bbox: [number, number, number, number] | null;
}

const extent = (geom: SQL) => sql`json_build_array(ST_XMin(${geom}), ST_YMin(${geom}), ST_XMax(${geom}), ST_YMax(${geom}))`;

async function rows(ex: Executor, query: SQL): Promise<SearchRow[]> {
  const out = await queryRows<SearchRow & { bbox: unknown }>(ex, query);
  return out.map((r) => ({ ...r, bbox: (typeof r.bbox === 'string' ? JSON.parse(r.bbox) : r.bbox) as SearchRow['bbox'] }));
}

/** Parcels by code or name (codes that start with the text first). */
export function searchParcels(ex: Executor, pattern: string, prefix: string, limit: number) {
  return rows(ex, sql`select p.id::int as id, p.code || ' ' || p.name as label, p.county_code as detail, null::float8 as lon, null::float8 as lat,
      ${extent(sql`p.footprint`)} as bbox from underground_parcels p
      where p.code ilike ${pattern} or p.name ilike ${pattern}
      order by (p.code ilike ${prefix}) desc, p.code limit ${limit}`);
}

/** Venues of the scope's districts by name. */
export function searchVenues(ex: Executor, scope: Scope, pattern: string, limit: number) {
  return rows(ex, sql`select v.id::int as id, v.name as label, v.district_code as detail, ST_X(v.geom) as lon, ST_Y(v.geom) as lat, null as bbox
      from gas_venues v where ${districtScopeSql(scope, sql`v.district_code`)} and v.name ilike ${pattern}
      order by length(v.name), v.id limit ${limit}`);
}

/** A hazard of the scope's districts by its number (labelled with its venue's name). */
export function searchHazards(ex: Executor, scope: Scope, hazardNo: number, limit: number) {
  return rows(ex, sql`select h.id::int as id, v.name as label, h.district_code as detail, ST_X(h.geom) as lon, ST_Y(h.geom) as lat, null as bbox
      from gas_hazards h join gas_venues v on v.id = h.venue_id
      where ${districtScopeSql(scope, sql`h.district_code`)} and h.id = ${hazardNo}
      order by h.id limit ${limit}`);
}

export function searchTownships(ex: Executor, pattern: string, limit: number) {
  return rows(ex, sql`select t.code as id, t.name as label, t.county_code as detail, null::float8 as lon, null::float8 as lat,
      ${extent(sql`t.geom`)} as bbox from townships t where t.name ilike ${pattern} order by length(t.name), t.code limit ${limit}`);
}

export function searchVillages(ex: Executor, pattern: string, limit: number) {
  return rows(ex, sql`select vi.code as id, vi.name as label, t.name as detail, ST_X(vi.geom) as lon, ST_Y(vi.geom) as lat, null as bbox
      from villages vi join townships t on t.code = vi.township_code
      where vi.name ilike ${pattern} order by length(vi.name), vi.code limit ${limit}`);
}

export function searchSchools(ex: Executor, pattern: string, limit: number) {
  return rows(ex, sql`select s.id::int as id, s.name as label, s.county_code as detail, ST_X(s.geom) as lon, ST_Y(s.geom) as lat, null as bbox
      from edu_schools s where s.name ilike ${pattern} or s.code ilike ${pattern} order by length(s.name), s.id limit ${limit}`);
}

export interface CaseHit {
  id: number;
  name: string;
  idNumber: string;
  responsibleCountyCode: string;
  bbox: [number, number, number, number] | null;
}

/**
 * Cases by the child's ID-number suffix or name. The place is the extent of the child's township,
 * never the home (a minor's address is not shown on a search result).
 */
export async function searchCases(ex: Executor, pattern: string | undefined, idSuffix: string | undefined, limit: number): Promise<CaseHit[]> {
  const match = [
    idSuffix ? sql`right(c.id_number, ${idSuffix.length}) = ${idSuffix}` : undefined,
    pattern ? sql`c.name ilike ${pattern}` : undefined,
  ].filter((x): x is SQL => x !== undefined);
  if (match.length === 0) return [];
  const out = await queryRows<CaseHit & { bbox: unknown }>(
    ex,
    sql`select c.id::int as id, c.name, c.id_number as "idNumber", c.responsible_county_code as "responsibleCountyCode",
        (select ${extent(sql`t.geom`)} from edu_children ch join townships t on t.code = ch.township_code where ch.id = c.child_id) as bbox
        from edu_cases c where ${sql.join(match, sql` or `)} order by c.id limit ${limit}`,
  );
  return out.map((r) => ({ ...r, bbox: (typeof r.bbox === 'string' ? JSON.parse(r.bbox) : r.bbox) as CaseHit['bbox'] }));
}
