import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { Scope } from '../../api/domain/gas/accessScope';
import { hazardStatuses, type HazardStatus, type Severity } from '../../api/domain/gas/vocabulary';
import { hazardsFrom, hazardWhere, overdueSql, type HazardFilter } from './gasHazards';

/**
 * Hazard positions for the cluster index, packed column-wise: 1,000,000 hazards are four typed
 * arrays (≈25 MB) instead of a million row objects kept alive in the cache.
 */
export interface HazardPoints {
  ids: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  /** bit 0: major; bits 1–2: index in hazardStatuses; bit 3: overdue; bit 4: outside every round. */
  flags: Uint8Array;
}

export const hazardFlags = {
  major: (f: number) => (f & 1) === 1,
  status: (f: number): HazardStatus => hazardStatuses[(f >> 1) & 3]!,
  overdue: (f: number) => (f & 8) === 8,
  outsideRound: (f: number) => (f & 16) === 16,
  severity: (f: number): Severity => ((f & 1) === 1 ? 'major' : 'general'),
};

/** Every hazard of a scope matching a filter (bbox ignored: the index covers the whole scope). */
export async function hazardPoints(ex: Executor, scope: Scope, f: HazardFilter, today: string): Promise<HazardPoints> {
  const statusIndex = sql.raw(`case h.status ${hazardStatuses.map((s, i) => `when '${s}' then ${i}`).join(' ')} else 0 end`);
  const rows = await queryRows<{ id: number; x: number; y: number; f: number }>(
    ex,
    sql`select h.id::float8 as id, ST_X(h.geom) as x, ST_Y(h.geom) as y,
        ((case when h.severity = 'major' then 1 else 0 end) | (${statusIndex} << 1)
          | (case when ${overdueSql(today)} then 8 else 0 end) | (case when h.campaign_id is null then 16 else 0 end))::int as f
        from ${hazardsFrom(f.asOf)} where ${hazardWhere(scope, { ...f, bbox: undefined }, today)}`,
  );
  const n = rows.length;
  const out: HazardPoints = { ids: new Float64Array(n), lon: new Float64Array(n), lat: new Float64Array(n), flags: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    out.ids[i] = Number(r.id);
    out.lon[i] = Number(r.x);
    out.lat[i] = Number(r.y);
    out.flags[i] = Number(r.f);
  }
  return out;
}
