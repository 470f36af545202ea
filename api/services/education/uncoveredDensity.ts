import type { Executor } from '../../../db/client';
import { uncoveredGrid } from '../../../db/repositories/educationAnalyses';
import { ageBandsFor } from './ageBands';

/** Children outside every catchment of their level, counted per grid cell — never as points. */
export async function uncoveredDensity(ex: Executor, asOf: string, cellDegrees: number, county?: string) {
  const cells = await uncoveredGrid(ex, ageBandsFor(asOf), cellDegrees, county);
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    type: 'FeatureCollection' as const,
    cellDegrees,
    total: cells.reduce((a, c) => a + c.count, 0),
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
