import type { Db } from '../../../db/client';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { coverageByCounty, share, utilization } from '../../domain/education/coverageTallies';
import { analysisCountyOf } from '../../domain/education/educationScope';
import { smallCountGuard } from '../../domain/education/smallCounts';
import type { AreaQuery } from '../../routes/education/schemas';
import { ageBandsFor } from './ageBands';
import { defaultAsOf } from './defaultAsOf';
import { storedCoverage } from './storedCoverage';

/**
 * Catchment loads and uncovered children per township and county (aggregates only), of the
 * caller's county when it is bound to one; small counts withheld for officials (issue 14).
 */
export async function summarizeCoverage(db: Db, user: SessionUser, q: AreaQuery, threshold: number) {
  const county = analysisCountyOf(user, q.county);
  const asOf = await defaultAsOf(db, q.asOf);
  const all = await storedCoverage(db, ageBandsFor(asOf));
  // A county's catchments count children from anywhere; its townships are its children's households.
  const loads = county ? all.loads.filter((l) => l.countyCode === county) : all.loads;
  const townships = county ? all.townships.filter((t) => t.countyCode === county) : all.townships;
  const g = smallCountGuard(user.role, threshold);
  const catchments = loads.map((l) => {
    const children = g.count(l.children);
    return { ...l, children, utilization: g.derived(utilization(l.children, l.capacity), children) };
  });
  const townshipRows = townships.map((t) => {
    const uncovered = g.count(t.uncovered);
    return { ...t, schoolAge: g.count(t.schoolAge), uncovered, uncoveredShare: g.derived(share(t.uncovered, t.schoolAge), uncovered) };
  });
  const counties = coverageByCounty(townships, loads).map((c) => ({ ...c, schoolAge: g.count(c.schoolAge), uncovered: g.count(c.uncovered) }));
  return { asOf, suppression: g.report(), catchments, townships: townshipRows, counties };
}
