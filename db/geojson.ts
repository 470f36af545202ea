import { sql, type SQL } from 'drizzle-orm';

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
        'geometry', ST_AsGeoJSON(${opts.geom}, ${sql.raw(String(precision))})::json,
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
