import type { Executor } from '../../../db/client';
import { catchmentGeometries } from '../../../db/repositories/educationAnalyses';
import { ageBandsFor } from './ageBands';
import { storedCoverage } from './storedCoverage';

const utilization = (children: number, capacity: number) => (capacity > 0 ? Math.round((children / capacity) * 10_000) / 10_000 : null);

/** Catchment loads and uncovered children per township and county (aggregates only). */
export async function summarizeCoverage(ex: Executor, asOf: string, county?: string) {
  const all = await storedCoverage(ex, ageBandsFor(asOf));
  // A county's catchments count children from anywhere; its townships are its children's households.
  const loads = county ? all.loads.filter((l) => l.countyCode === county) : all.loads;
  const townships = county ? all.townships.filter((t) => t.countyCode === county) : all.townships;
  const counties = new Map<string, { countyCode: string; schoolAge: number; uncovered: number; overCapacityCatchments: number }>();
  for (const t of townships) {
    const c = counties.get(t.countyCode) ?? { countyCode: t.countyCode, schoolAge: 0, uncovered: 0, overCapacityCatchments: 0 };
    c.schoolAge += t.schoolAge;
    c.uncovered += t.uncovered;
    counties.set(t.countyCode, c);
  }
  for (const l of loads) {
    const c = counties.get(l.countyCode);
    if (c && l.children > l.capacity) c.overCapacityCatchments++;
  }
  return {
    asOf,
    catchments: loads.map((l) => ({ ...l, utilization: utilization(l.children, l.capacity) })),
    townships: townships.map((t) => ({ ...t, uncoveredShare: t.schoolAge > 0 ? Math.round((t.uncovered / t.schoolAge) * 10_000) / 10_000 : null })),
    counties: [...counties.values()].sort((a, b) => (a.countyCode < b.countyCode ? -1 : 1)),
  };
}

/** Catchment polygons with their load, for the map. */
export async function catchmentFeatures(ex: Executor, asOf: string, county?: string) {
  const loads = new Map((await storedCoverage(ex, ageBandsFor(asOf))).loads.map((l) => [l.catchmentId, l]));
  const geometries = await catchmentGeometries(ex, county);
  return {
    type: 'FeatureCollection' as const,
    features: geometries.map((g) => {
      const l = loads.get(Number(g.catchmentId))!;
      return {
        type: 'Feature' as const,
        id: Number(g.catchmentId),
        geometry: JSON.parse(g.geometry) as unknown,
        properties: { schoolCode: l.schoolCode, schoolName: l.schoolName, level: l.level, capacity: l.capacity, children: l.children, utilization: utilization(l.children, l.capacity) },
      };
    }),
  };
}
