import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../api/domain/gas/accessScope';

/** The SQL condition that keeps a gas list inside an actor's districts (accessScope.scopeFilter). */
export function districtScopeSql(scope: Scope, column: SQL): SQL {
  if ('all' in scope) return sql`true`;
  if ('none' in scope || scope.districts.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(
    scope.districts.map((d) => sql`${d}`),
    sql`, `,
  )})`;
}

/** Joins optional conditions with AND; `true` when there are none. */
export function allOf(conditions: readonly (SQL | undefined)[]): SQL {
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length === 0 ? sql`true` : sql.join(present, sql` and `);
}

export interface PointFeature<P> {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
}
export type FeatureCollection<P = Record<string, unknown>> = { type: 'FeatureCollection'; features: PointFeature<P>[] };

/** json_agg returns a string on some drivers and an array on others. */
export function featuresOf<P>(row: { features: unknown[] | string } | undefined): PointFeature<P>[] {
  const raw = typeof row?.features === 'string' ? (JSON.parse(row.features) as unknown[]) : (row?.features ?? []);
  return raw as PointFeature<P>[];
}
