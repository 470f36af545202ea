import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../api/domain/gas/accessScope';
import { TILE_BUFFER, TILE_EXTENT, isThinned, thinCellsPerWorld, tileBounds, tileFields, type TileLayer } from '../../api/domain/geo/tiles';
import { queryRows, type Executor } from '../client';
import { envelope } from '../geojson';
import { ogcSource } from './ogcFeatures';
import { districtScopeSql } from './gasScope';

const props = (layer: TileLayer) =>
  sql`jsonb_strip_nulls(jsonb_build_object(${sql.join(
    Object.keys(tileFields[layer]).map((k) => sql`${k}::text, ${k === 'id' ? sql`s._id` : sql`s.${sql.identifier(k)}`}`),
    sql`, `,
  )}))`;

const scopeOf = (districtScoped: boolean, scope: Scope): SQL => (districtScoped ? districtScopeSql(scope, sql`s._scope`) : sql`true`);

/** Integer ids become MVT feature ids; text ids (townships) stay an attribute only. */
const numericId = (layer: TileLayer) => layer !== 'townships';

export interface TileQuery {
  layer: TileLayer;
  districtScoped: boolean;
  scope: Scope;
  z: number;
  x: number;
  y: number;
}

/**
 * The rows one tile holds, in the caller's scope, inside the tile and its buffer — the one row
 * source of both builders, so they give the same features. A thinned tile (`isThinned`) keeps the
 * lowest id of each grid cell with `count`; the cell is computed from longitude/latitude with the
 * Web-Mercator formulas (the same cells as `ST_SnapToGrid` of the MVT coordinates, without
 * transforming every row), and only the kept rows are read back in full.
 */
export function tileRows(q: TileQuery): SQL {
  const where = sql`s._geom && ${envelope(tileBounds(q.z, q.x, q.y))} and ${scopeOf(q.districtScoped, q.scope)}`;
  const count = tileFields[q.layer].count ? sql`, null::int as count` : sql``;
  if (!isThinned(q.layer, q.z)) return sql`select s.*${count} from (${ogcSource(q.layer)}) s where ${where}`;
  const k = thinCellsPerWorld(q.z);
  return sql`select s.*, c.n as count from (${ogcSource(q.layer)}) s join (
      select min(s._id) as id, count(*)::int as n from (${ogcSource(q.layer)}) s where ${where}
      group by floor((ST_X(s._geom) + 180) / 360 * ${k}::float8),
        floor((0.5 - ln(tan(radians(45 + ST_Y(s._geom) / 2))) / (2 * pi())) * ${k}::float8)
    ) c on c.id = s._id`;
}

/** The tile built by PostGIS (`ST_AsMVT`, PostgreSQL only: PGlite lacks protobuf-c). */
export async function mvtTile(ex: Executor, q: TileQuery): Promise<Uint8Array> {
  const id = numericId(q.layer);
  const [row] = await queryRows<{ tile: Uint8Array | null }>(
    ex,
    sql`with t as (select ST_TileEnvelope(${q.z}::int, ${q.x}::int, ${q.y}::int) as env),
      m as (
        select ${id ? sql`s._id::bigint as id,` : sql``}
          ST_AsMVTGeom(ST_Transform(s._geom, 3857), t.env, ${TILE_EXTENT}, ${TILE_BUFFER}, true) as geom,
          ${props(q.layer)} as props
        from (${tileRows(q)}) s, t
      )
      select ST_AsMVT(m, ${q.layer}, ${TILE_EXTENT}, 'geom'${id ? sql`, 'id'` : sql``}) as tile from m where geom is not null`,
  );
  return row?.tile ? new Uint8Array(row.tile) : new Uint8Array();
}

/** The features a tile holds, as WGS84 GeoJSON, for building it in Node (geojson-vt + vt-pbf). */
export async function tileFeatures(ex: Executor, q: TileQuery) {
  const rows = await queryRows<{ id: number | string; g: string; p: unknown }>(
    ex,
    sql`select s._id as id, ST_AsGeoJSON(s._geom) as g, ${props(q.layer)} as p from (${tileRows(q)}) s`,
  );
  return rows.map((r) => ({
    type: 'Feature' as const,
    ...(numericId(q.layer) ? { id: Number(r.id) } : {}),
    geometry: JSON.parse(r.g),
    properties: (typeof r.p === 'string' ? JSON.parse(r.p) : r.p) as Record<string, unknown>,
  }));
}
