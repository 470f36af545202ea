import type { Db } from '../../../db/client';
import type { DensityQuery } from '../../routes/education/schemas';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { analysisCountyOf } from '../../domain/education/educationScope';
import { smallCountGuard } from '../../domain/education/smallCounts';
import { ageBandsFor } from './ageBands';
import { defaultAsOf } from './defaultAsOf';
import { storedCoverage } from './storedCoverage';

/** Uncovered children per grid cell (lower-left corner), as `uncoveredGrid` in SQL counts them. */
async function uncoveredCells(db: Db, asOf: string, cell: number, county?: string) {
  const c = await storedCoverage(db, ageBandsFor(asOf));
  const cells = new Map<string, { x: number; y: number; count: number }>();
  for (let k = 0; k < c.levels.length; k++) {
    if (c.levels[k] === 0 || c.hits[k] > 0) continue;
    if (county && c.townshipKeys[c.childTownship[k]].countyCode !== county) continue;
    const x = Math.floor(c.xs[k] / cell) * cell;
    const y = Math.floor(c.ys[k] / cell) * cell;
    const key = `${x},${y}`;
    const hit = cells.get(key);
    if (hit) hit.count++;
    else cells.set(key, { x, y, count: 1 });
  }
  return [...cells.values()].sort((a, b) => a.x - b.x || a.y - b.y);
}

/**
 * Children outside every catchment of their level, counted per grid cell — never as points. For
 * an official, cells with fewer than `threshold` children are left out and the answer says so.
 */
export async function uncoveredDensity(db: Db, user: SessionUser, q: DensityQuery, threshold: number) {
  const cellDegrees = q.cellDegrees ?? 0.05;
  const all = await uncoveredCells(db, await defaultAsOf(db, q.asOf), cellDegrees, analysisCountyOf(user, q.county));
  const g = smallCountGuard(user.role, threshold);
  const cells = all.filter((c) => g.keep(c.count));
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    type: 'FeatureCollection' as const,
    cellDegrees,
    total: cells.reduce((a, c) => a + c.count, 0),
    suppression: g.report(),
    features: cells.map((c) => ({
      type: 'Feature' as const,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [[[r(c.x), r(c.y)], [r(c.x + cellDegrees), r(c.y)], [r(c.x + cellDegrees), r(c.y + cellDegrees)], [r(c.x), r(c.y + cellDegrees)], [r(c.x), r(c.y)]]],
      },
      properties: { count: c.count },
    })),
  };
}
