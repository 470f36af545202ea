import type { Db } from '../../../db/client';
import { distanceBySchool } from '../../../db/repositories/educationAnalyses';
import { defaultDistanceThresholds, type DistanceThresholds } from '../../domain/education/distanceFlag';
import { share } from '../../domain/education/coverageTallies';
import type { DistanceQuery } from '../../routes/education/schemas';
import { ageBandsFor } from './ageBands';
import { defaultAsOf } from './defaultAsOf';

/** Home-to-school distance over the threshold, per school and township (counts only). */
export async function flagDistances(db: Db, q: DistanceQuery) {
  const asOf = await defaultAsOf(db, q.asOf);
  const thresholds: DistanceThresholds = {
    primary: q.primaryMeters || defaultDistanceThresholds.primary,
    junior: q.juniorMeters || defaultDistanceThresholds.junior,
  };
  const schools = await distanceBySchool(db, ageBandsFor(asOf), thresholds, q.county);
  const townships = new Map<string, { townshipCode: string; countyCode: string; children: number; flagged: number }>();
  for (const s of schools) {
    const t = townships.get(s.townshipCode) ?? { townshipCode: s.townshipCode, countyCode: s.countyCode, children: 0, flagged: 0 };
    t.children += s.children;
    t.flagged += s.flagged;
    townships.set(s.townshipCode, t);
  }
  return {
    asOf,
    thresholds,
    reading: 'great-circle distance from home to the school of student registration; thresholds are a product setting',
    schools,
    townships: [...townships.values()].sort((a, b) => (a.townshipCode < b.townshipCode ? -1 : 1)).map((t) => ({ ...t, share: share(t.flagged, t.children) })),
  };
}
