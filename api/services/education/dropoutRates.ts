import type { Db } from '../../../db/client';
import { casesByTownship } from '../../../db/repositories/educationAnalyses';
import type { AreaQuery } from '../../routes/education/schemas';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { analysisCountyOf } from '../../domain/education/educationScope';
import { smallCountGuard } from '../../domain/education/smallCounts';
import { ageBandsFor } from './ageBands';
import { defaultAsOf } from './defaultAsOf';

const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1_000_000) / 1_000_000 : null);

/**
 * Open dropout / out-of-school cases per school-age child, by township of household and county.
 * For an official, a township's or county's case counts below `threshold` are withheld (null).
 * A county-bound education user gets its own county only (issue 14).
 */
export async function dropoutRates(db: Db, user: SessionUser, q: AreaQuery, threshold: number) {
  const county = analysisCountyOf(user, q.county);
  const asOf = await defaultAsOf(db, q.asOf);
  // A given `asOf` (the time slider) also counts the cases open on that day, not today's.
  const townships = await casesByTownship(db, ageBandsFor(asOf), county, q.asOf);
  const counties = new Map<string, { countyCode: string; schoolAge: number; dropouts: number; outOfSchool: number; povertyDropouts: number }>();
  for (const t of townships) {
    const c = counties.get(t.countyCode) ?? { countyCode: t.countyCode, schoolAge: 0, dropouts: 0, outOfSchool: 0, povertyDropouts: 0 };
    c.schoolAge += t.schoolAge;
    c.dropouts += t.dropouts;
    c.outOfSchool += t.outOfSchool;
    c.povertyDropouts += t.povertyDropouts;
    counties.set(t.countyCode, c);
  }
  const g = smallCountGuard(user.role, threshold);
  const withRate = <T extends { schoolAge: number; dropouts: number; outOfSchool: number; povertyDropouts: number }>(r: T) => {
    const dropouts = g.count(r.dropouts);
    return { ...r, schoolAge: g.count(r.schoolAge), dropouts, outOfSchool: g.count(r.outOfSchool), povertyDropouts: g.count(r.povertyDropouts), dropoutRate: g.derived(rate(r.dropouts, r.schoolAge), dropouts) };
  };
  const shown = { townships: townships.map(withRate), counties: [...counties.values()].sort((a, b) => (a.countyCode < b.countyCode ? -1 : 1)).map(withRate) };
  return {
    asOf,
    suppression: g.report(),
    reading: 'dropout rate = open dropout cases ÷ school-age children (6–15 on 31 August) of the household township',
    ...shown,
  };
}
