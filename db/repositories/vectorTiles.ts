import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../api/domain/gas/accessScope';
import { TILE_BUFFER, TILE_EXTENT, tileBounds, tileFields, type TileLayer } from '../../api/domain/geo/tiles';
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

/** The tile built by PostGIS (`ST_AsMVT`, PostgreSQL only: PGlite lacks protobuf-c). */
export async function mvtTile(ex: Executor, layer: TileLayer, districtScoped: boolean, scope: Scope, z: number, x: number, y: number): Promise<Uint8Array> {
  const [row] = await queryRows<{ tile: Uint8Array | null }>(
    ex,
    sql`with t as (select ST_TileEnvelope(${z}::int, ${x}::int, ${y}::int) as env),
      q as (
        select ${numericId(layer) ? sql`s._id::bigint as id,` : sql``}
          ST_AsMVTGeom(ST_Transform(s._geom, 3857), t.env, ${TILE_EXTENT}, ${TILE_BUFFER}, true) as geom,
          ${props(layer)} as props
        from (${ogcSource(layer)}) s, t
        where s._geom && ST_Transform(ST_Expand(t.env, ${TILE_BUFFER / TILE_EXTENT} * (ST_XMax(t.env) - ST_XMin(t.env))), 4326)
          and ${scopeOf(districtScoped, scope)}
      )
      select ST_AsMVT(q, ${layer}, ${TILE_EXTENT}, 'geom'${numericId(layer) ? sql`, 'id'` : sql``}) as tile from q where geom is not null`,
  );
  return row?.tile ? new Uint8Array(row.tile) : new Uint8Array();
}

/** The features a tile holds, as WGS84 GeoJSON, for building it in Node (geojson-vt + vt-pbf). */
export async function tileFeatures(ex: Executor, layer: TileLayer, districtScoped: boolean, scope: Scope, z: number, x: number, y: number) {
  const rows = await queryRows<{ id: number | string; g: string; p: unknown }>(
    ex,
    sql`select s._id as id, ST_AsGeoJSON(s._geom) as g, ${props(layer)} as p
        from (${ogcSource(layer)}) s
        where s._geom && ${envelope(tileBounds(z, x, y))} and ${scopeOf(districtScoped, scope)}`,
  );
  return rows.map((r) => ({
    type: 'Feature' as const,
    ...(numericId(layer) ? { id: Number(r.id) } : {}),
    geometry: JSON.parse(r.g),
    properties: (typeof r.p === 'string' ? JSON.parse(r.p) : r.p) as Record<string, unknown>,
  }));
}
