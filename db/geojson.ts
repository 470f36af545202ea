import { sql, type SQL } from 'drizzle-orm';

/**
 * A geometry as RFC 7946 GeoJSON text: exterior rings counter-clockwise and holes clockwise
 * (RFC 7946 §3.1.6, `ST_ForcePolygonCCW`), coordinates rounded to `precision` decimals by snapping
 * to that grid with `ST_ReducePrecision` first, which keeps the result valid (plain rounding in
 * `ST_AsGeoJSON` can make a valid ring self-touch: issue 12 found a catchment at 5 decimals).
 * Every GeoJSON the API sends goes through here.
 */
export const geoJsonText = (geom: SQL, precision = 6): SQL => {
  const reduced = sql`ST_ForcePolygonCCW(ST_ReducePrecision(${geom}, ${sql.raw(String(10 ** -precision))}))`;
  // Older GEOS (PostGIS 3.3 on Debian 12) returns a one-part MultiPolygon as a Polygon: keep the stored type.
  return sql`ST_AsGeoJSON(case when ST_GeometryType(${geom}) = 'ST_MultiPolygon' then ST_Multi(${reduced}) else ${reduced} end, ${sql.raw(String(precision))})`;
};

/**
 * GeoJSON is assembled inside PostgreSQL (json_agg + ST_AsGeoJSON) so large layers
 * are not re-serialised row by row in Node. `properties` is a SQL json object expression.
 */
export function featureCollectionQuery(opts: {
  from: SQL;
  geom: SQL;
  properties: SQL;
  id?: SQL;
  where?: SQL;
  orderBy?: SQL;
  limit?: number;
  offset?: number;
  precision?: number;
}): SQL {
  const precision = opts.precision ?? 6;
  return sql`
    select coalesce(json_agg(f), '[]'::json) as features from (
      select json_build_object(
        'type', 'Feature',
        ${opts.id ? sql`'id', ${opts.id},` : sql``}
        'geometry', ${geoJsonText(opts.geom, precision)}::json,
        'properties', ${opts.properties}
      ) as f
      from ${opts.from}
      ${opts.where ? sql`where ${opts.where}` : sql``}
      ${opts.orderBy ? sql`order by ${opts.orderBy}` : sql``}
      ${opts.limit !== undefined ? sql`limit ${opts.limit}` : sql``}
      ${opts.offset !== undefined ? sql`offset ${opts.offset}` : sql``}
    ) q`;
}

/** `ST_MakeEnvelope` for a validated [minLon, minLat, maxLon, maxLat]. */
export const envelope = (b: readonly [number, number, number, number]) =>
  sql`ST_MakeEnvelope(${b[0]}, ${b[1]}, ${b[2]}, ${b[3]}, 4326)`;
