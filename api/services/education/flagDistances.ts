import type { Db } from '../../../db/client';
import { distanceBySchool } from '../../../db/repositories/educationAnalyses';
import { defaultDistanceThresholds, type DistanceThresholds } from '../../domain/education/distanceFlag';
import { share } from '../../domain/education/coverageTallies';
import type { DistanceQuery } from '../../routes/education/schemas';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { analysisCountyOf } from '../../domain/education/educationScope';
import { smallCountGuard } from '../../domain/education/smallCounts';
import { ageBandsFor } from './ageBands';
import { defaultAsOf } from './defaultAsOf';

/**
 * Home-to-school distance over the threshold, per school and township (counts only), of the
 * caller's county when it is bound to one; for officials small counts and the shares and means
 * computed from them are withheld (issue 14).
 */
export async function flagDistances(db: Db, user: SessionUser, q: DistanceQuery, threshold: number) {
  const asOf = await defaultAsOf(db, q.asOf);
  const thresholds: DistanceThresholds = {
    primary: q.primaryMeters || defaultDistanceThresholds.primary,
    junior: q.juniorMeters || defaultDistanceThresholds.junior,
  };
  const schools = await distanceBySchool(db, ageBandsFor(asOf), thresholds, analysisCountyOf(user, q.county));
  const g = smallCountGuard(user.role, threshold);
  const townships = new Map<string, { townshipCode: string; countyCode: string; children: number; flagged: number }>();
  for (const s of schools) {
    const t = townships.get(s.townshipCode) ?? { townshipCode: s.townshipCode, countyCode: s.countyCode, children: 0, flagged: 0 };
    t.children += s.children;
    t.flagged += s.flagged;
    townships.set(s.townshipCode, t);
  }
  const shownSchools = schools.map((s) => {
    const children = g.count(s.children);
    return { ...s, children, flagged: g.count(s.flagged), meanMeters: g.derived(s.meanMeters, children) };
  });
  const shownTownships = [...townships.values()].sort((a, b) => (a.townshipCode < b.townshipCode ? -1 : 1)).map((t) => {
    const flagged = g.count(t.flagged);
    return { ...t, children: g.count(t.children), flagged, share: g.derived(share(t.flagged, t.children), flagged) };
  });
  return {
    asOf,
    thresholds,
    reading: 'great-circle distance from home to the school of student registration; thresholds are a product setting',
    suppression: g.report(),
    schools: shownSchools,
    townships: shownTownships,
  };
}
