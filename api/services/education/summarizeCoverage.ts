import type { Db } from '../../../db/client';
import { coverageByCounty, share, utilization } from '../../domain/education/coverageTallies';
import type { AreaQuery } from '../../routes/education/schemas';
import { ageBandsFor } from './ageBands';
import { defaultAsOf } from './defaultAsOf';
import { storedCoverage } from './storedCoverage';

/** Catchment loads and uncovered children per township and county (aggregates only). */
export async function summarizeCoverage(db: Db, { asOf: given, county }: AreaQuery) {
  const asOf = await defaultAsOf(db, given);
  const all = await storedCoverage(db, ageBandsFor(asOf));
  // A county's catchments count children from anywhere; its townships are its children's households.
  const loads = county ? all.loads.filter((l) => l.countyCode === county) : all.loads;
  const townships = county ? all.townships.filter((t) => t.countyCode === county) : all.townships;
  return {
    asOf,
    catchments: loads.map((l) => ({ ...l, utilization: utilization(l.children, l.capacity) })),
    townships: townships.map((t) => ({ ...t, uncoveredShare: share(t.uncovered, t.schoolAge) })),
    counties: coverageByCounty(townships, loads),
  };
}
