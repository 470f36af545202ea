import { eq, sql, type SQL } from 'drizzle-orm';
import type { MultiPolygon, Polygon } from 'geojson';
import { queryRows, type Executor } from '../client';
import { envelope, featureCollectionQuery, geoJsonText } from '../geojson';
import { undergroundLayers, undergroundParcels } from '../schema/underground';

export interface ParcelRowInput {
  code: string;
  name: string;
  kind: 'combined' | 'standalone';
  publicLand: 'road' | 'green' | 'square' | null;
  countyCode: string;
  townshipCode: string | null;
  use: (typeof undergroundParcels.$inferInsert)['use'];
  supply: (typeof undergroundParcels.$inferInsert)['supply'];
  surfaceAllocated: boolean;
  surfaceUnitPrice: number;
  publicParking: boolean;
  civilAirDefence: boolean;
  wartimeUse: string | null;
  peacetimeUse: string | null;
  status: (typeof undergroundParcels.$inferInsert)['status'];
  termStart: string;
  surfaceUse: (typeof undergroundParcels.$inferInsert)['use'] | null;
  surfaceTermYears: number | null;
  footprint: Polygon | MultiPolygon;
  feeTotal: number;
  feeTier: (typeof undergroundParcels.$inferInsert)['feeTier'];
  synthetic?: boolean;
}

export type LayerRowInput = Omit<typeof undergroundLayers.$inferInsert, 'id' | 'parcelId'>;

export async function insertParcel(ex: Executor, row: ParcelRowInput, layers: LayerRowInput[]): Promise<number> {
  const [created] = await ex.insert(undergroundParcels).values(row).returning({ id: undergroundParcels.id });
  await ex.insert(undergroundLayers).values(layers.map((l) => ({ ...l, parcelId: created!.id })));
  return created!.id;
}

export async function replaceParcel(ex: Executor, id: number, row: ParcelRowInput, layers: LayerRowInput[]): Promise<void> {
  await ex.update(undergroundParcels).set({ ...row, updatedAt: new Date() }).where(eq(undergroundParcels.id, id));
  await ex.delete(undergroundLayers).where(eq(undergroundLayers.parcelId, id));
  await ex.insert(undergroundLayers).values(layers.map((l) => ({ ...l, parcelId: id })));
}

export async function deleteParcel(ex: Executor, id: number): Promise<{ code: string } | undefined> {
  const [row] = await ex.delete(undergroundParcels).where(eq(undergroundParcels.id, id)).returning({ code: undergroundParcels.code });
  return row;
}

export async function parcelIdByCode(ex: Executor, code: string): Promise<number | undefined> {
  const [row] = await ex.select({ id: undergroundParcels.id }).from(undergroundParcels).where(eq(undergroundParcels.code, code));
  return row?.id;
}

const layersJson = sql`coalesce((select json_agg(json_build_object('ord', l.ord, 'level', l.level, 'topDepth', l.top_depth,
  'bottomDepth', l.bottom_depth, 'netHeight', l.net_height, 'projectionArea', l.projection_area, 'floorArea', l.floor_area,
  'use', l.use) order by l.top_depth) from underground_layers l where l.parcel_id = p.id), '[]'::json)`;

export interface StoredLayer {
  ord: number;
  level: string;
  topDepth: number;
  bottomDepth: number;
  netHeight: number;
  projectionArea: number;
  floorArea: number | null;
  use: string;
}

export interface StoredParcel extends Omit<ParcelRowInput, 'footprint'> {
  id: number;
  footprint: Polygon | MultiPolygon;
  layers: StoredLayer[];
  countyName: string | null;
  townshipName: string | null;
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export async function findParcel(ex: Executor, id: number): Promise<StoredParcel | undefined> {
  const [row] = await queryRows<Record<string, unknown>>(
    ex,
    sql`select p.id, p.code, p.name, p.kind, p.public_land as "publicLand", p.county_code as "countyCode", c.name as "countyName",
      p.township_code as "townshipCode", t.name as "townshipName", p.use, p.supply, p.surface_allocated as "surfaceAllocated",
      p.surface_unit_price as "surfaceUnitPrice", p.public_parking as "publicParking", p.civil_air_defence as "civilAirDefence",
      p.wartime_use as "wartimeUse", p.peacetime_use as "peacetimeUse", p.status, p.term_start::text as "termStart",
      p.surface_use as "surfaceUse", p.surface_term_years as "surfaceTermYears", p.fee_total as "feeTotal", p.fee_tier as "feeTier",
      p.synthetic, ${geoJsonText(sql`p.footprint`, 8)} as footprint, ${layersJson} as layers
    from underground_parcels p left join counties c on c.code = p.county_code left join townships t on t.code = p.township_code
    where p.id = ${id}`,
  );
  if (!row) return undefined;
  return { ...(row as unknown as StoredParcel), footprint: json(row.footprint), layers: json(row.layers), feeTotal: Number(row.feeTotal), surfaceUnitPrice: Number(row.surfaceUnitPrice) };
}

/** A parcel reduced to what the 3D conflict and Art. 22 connection checks need. */
export interface VolumeRow {
  id: number;
  code: string;
  name: string;
  termStart: string;
  footprint: Polygon | MultiPolygon;
  layers: { level: string; topDepth: number; bottomDepth: number }[];
}

const volumeSelect = sql`select p.id, p.code, p.name, p.term_start::text as "termStart", ST_AsGeoJSON(p.footprint, 9) as footprint,
  (select json_agg(json_build_object('level', l.level, 'topDepth', l.top_depth, 'bottomDepth', l.bottom_depth) order by l.top_depth)
   from underground_layers l where l.parcel_id = p.id) as layers from underground_parcels p`;

function volumes(rows: Record<string, unknown>[]): VolumeRow[] {
  return rows.map((r) => ({ ...(r as unknown as VolumeRow), footprint: json(r.footprint), layers: json(r.layers) ?? [] }));
}

/** Parcels whose footprint lies within `padDeg` degrees of the geometry's box (GiST index). */
export async function volumesNear(ex: Executor, footprint: Polygon | MultiPolygon, padDeg: number): Promise<VolumeRow[]> {
  const g = sql`ST_Expand(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(footprint)}), 4326), ${padDeg})`;
  return volumes(await queryRows(ex, sql`${volumeSelect} where p.footprint && ${g} order by p.code`));
}

/**
 * City-wide candidate pairs for 3D conflicts: footprints intersect (GiST) and depth ranges overlap.
 * The exact >1 m² test is the domain's (api/domain/underground/conflicts.ts).
 */
export async function conflictCandidatePairs(ex: Executor): Promise<[VolumeRow, VolumeRow][]> {
  const rows = await queryRows<{ a: number; b: number }>(
    ex,
    sql`with r as (select parcel_id, min(top_depth) as top, max(bottom_depth) as bottom from underground_layers group by parcel_id)
      select a.id as a, b.id as b from underground_parcels a
      join underground_parcels b on a.id < b.id and a.footprint && b.footprint and ST_Intersects(a.footprint, b.footprint)
      join r ra on ra.parcel_id = a.id join r rb on rb.parcel_id = b.id
      where greatest(ra.top, rb.top) < least(ra.bottom, rb.bottom)`,
  );
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.flatMap((r) => [r.a, r.b]))];
  const all = volumes(await queryRows(ex, sql`${volumeSelect} where p.id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`));
  const byId = new Map(all.map((v) => [v.id, v]));
  return rows.map((r) => [byId.get(r.a)!, byId.get(r.b)!]);
}

export interface ParcelFilter {
  bbox?: [number, number, number, number];
  county?: string;
  level?: 'semi' | 'B1' | 'B2+';
  use?: string;
  status?: string;
}

/** The WHERE of a filtered parcel query (alias `p`); undefined when nothing is filtered. */
export function parcelWhere(f: ParcelFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (f.bbox) parts.push(sql`p.footprint && ${envelope(f.bbox)}`);
  if (f.county) parts.push(sql`p.county_code = ${f.county}`);
  if (f.use) parts.push(sql`p.use = ${f.use}`);
  if (f.status) parts.push(sql`p.status = ${f.status}`);
  if (f.level === 'semi' || f.level === 'B1') parts.push(sql`exists (select 1 from underground_layers l where l.parcel_id = p.id and l.level = ${f.level})`);
  if (f.level === 'B2+') parts.push(sql`exists (select 1 from underground_layers l where l.parcel_id = p.id and l.level ~ '^B([2-9]|[1-9][0-9]+)$')`);
  return parts.length ? sql.join(parts, sql` and `) : undefined;
}

/** GeoJSON FeatureCollection of parcels (built in PostgreSQL) with the cached fee tier for colouring. */
export async function parcelCollection(ex: Executor, f: ParcelFilter, limit: number, offset: number, central: readonly string[]) {
  const where = parcelWhere(f);
  const centralList = sql.join(central.map((c) => sql`${c}`), sql`, `);
  const q = featureCollectionQuery({
    from: sql`underground_parcels p`,
    geom: sql`p.footprint`,
    id: sql`p.id`,
    properties: sql`json_build_object('id', p.id, 'code', p.code, 'name', p.name, 'kind', p.kind, 'use', p.use, 'supply', p.supply,
      'status', p.status, 'countyCode', p.county_code, 'feeTotal', p.fee_total, 'feeTier', p.fee_tier, 'synthetic', p.synthetic,
      'referenceOnly', p.county_code not in (${centralList}),
      'levels', (select string_agg(l.level, ',' order by l.top_depth) from underground_layers l where l.parcel_id = p.id),
      'bottomDepth', (select max(l.bottom_depth) from underground_layers l where l.parcel_id = p.id))`,
    where,
    orderBy: sql`p.code`,
    limit,
    offset,
    precision: 7,
  });
  const [row] = await queryRows<{ features: unknown }>(ex, q);
  const [count] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from underground_parcels p ${where ? sql`where ${where}` : sql``}`);
  return { features: json<unknown[]>(row?.features) ?? [], total: Number(count?.n ?? 0) };
}
