import { sql, type SQL } from 'drizzle-orm';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { queryRows, type Executor } from '../client';
import { geoJsonText } from '../geojson';
import type { ParcelTableRow } from '../../api/domain/underground/parcelTable';
import type { SortDirection } from '../../api/domain/shared/table';
import { parcelWhere, type ParcelFilter } from './underground';

/** Each sortable column of parcelTable (api/domain/underground/parcelTable.ts) as SQL. */
const sortSql: Record<string, SQL> = {
  code: sql`p.code`,
  name: sql`p.name`,
  county: sql`p.county_code`,
  bottomDepth: sql`(select max(l.bottom_depth) from underground_layers l where l.parcel_id = p.id)`,
  feeTotal: sql`p.fee_total`,
};

/** The filtered parcels in the table's order (ties by id), a page of them, and the total; `withFootprint` adds the polygons (the GIS exports). */
export async function parcelTableRows(
  ex: Executor,
  f: ParcelFilter,
  sort: { key: string; dir: SortDirection },
  page: { limit: number; offset: number },
  withFootprint = false,
): Promise<{ rows: ParcelTableRow[]; total: number }> {
  const where = parcelWhere(f) ?? sql`true`;
  const dir = sort.dir === 'desc' ? sql`desc` : sql`asc`;
  const [count] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from underground_parcels p where ${where}`);
  const rows = await queryRows<ParcelTableRow & { bbox: unknown; footprint?: unknown }>(
    ex,
    sql`select p.id::int as id, p.code, p.name, p.county_code as "countyCode", p.use, p.supply, p.fee_total as "feeTotal", p.fee_tier as "feeTier",
        (select string_agg(l.level, ',' order by l.top_depth) from underground_layers l where l.parcel_id = p.id) as levels,
        (select max(l.bottom_depth) from underground_layers l where l.parcel_id = p.id) as "bottomDepth",
        (select string_agg(l.level || ' ' || l.top_depth::numeric::text || '–' || l.bottom_depth::numeric::text, '; ' order by l.top_depth)
          from underground_layers l where l.parcel_id = p.id) as "layerDepths",
        ${withFootprint ? sql`${geoJsonText(sql`p.footprint`)} as footprint,` : sql``}
        json_build_array(ST_XMin(p.footprint), ST_YMin(p.footprint), ST_XMax(p.footprint), ST_YMax(p.footprint)) as bbox
        from underground_parcels p where ${where}
        order by ${sortSql[sort.key] ?? sql`p.code`} ${dir} nulls last, p.id ${dir} limit ${page.limit} offset ${page.offset}`,
  );
  return {
    rows: rows.map((r) => ({ ...r, feeTotal: Number(r.feeTotal), bottomDepth: r.bottomDepth === null ? null : Number(r.bottomDepth), bbox: (typeof r.bbox === 'string' ? JSON.parse(r.bbox) : r.bbox) as ParcelTableRow['bbox'],
      footprint: typeof r.footprint === 'string' ? (JSON.parse(r.footprint) as Geometry) : undefined })),
    total: Number(count?.n ?? 0),
  };
}

/**
 * Where each pair's footprints overlap, keyed `a-b` (the conflict list's ids), through geoJsonText;
 * only the areal part of the intersection (a shared edge or corner is no ground).
 */
export async function conflictOverlaps(ex: Executor, pairs: readonly (readonly [number, number])[]): Promise<Map<string, Polygon | MultiPolygon>> {
  if (pairs.length === 0) return new Map();
  const rows = await queryRows<{ a: number; b: number; overlap: string | Polygon | MultiPolygon | null }>(
    ex,
    sql`select q.a, q.b, case when ST_IsEmpty(q.g) then null else ${geoJsonText(sql`q.g`)} end as overlap from (
          select a.id::int as a, b.id::int as b, ST_Multi(ST_CollectionExtract(ST_Intersection(a.footprint, b.footprint), 3)) as g
          from (values ${sql.join(pairs.map(([a, b]) => sql`(${a}::bigint, ${b}::bigint)`), sql`, `)}) as v(a, b)
          join underground_parcels a on a.id = v.a join underground_parcels b on b.id = v.b) q`,
  );
  return new Map(rows.flatMap((r) => (r.overlap ? [[`${r.a}-${r.b}`, typeof r.overlap === 'string' ? JSON.parse(r.overlap) : r.overlap] as const] : [])));
}
