import type { Db } from '../../../db/client';
import { casesByTownship } from '../../../db/repositories/educationAnalyses';
import type { AreaQuery } from '../../routes/education/schemas';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { suppressSmall, suppressesFor, suppressionNote } from '../../domain/education/smallCounts';
import { ageBandsFor } from './ageBands';
import { defaultAsOf } from './defaultAsOf';

const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1_000_000) / 1_000_000 : null);

/**
 * Open dropout / out-of-school cases per school-age child, by township of household and county.
 * For an official, a township's or county's case counts below `threshold` are withheld (null).
 */
export async function dropoutRates(db: Db, user: SessionUser, { asOf: given, county }: AreaQuery, threshold: number) {
  const asOf = await defaultAsOf(db, given);
  const townships = await casesByTownship(db, ageBandsFor(asOf), county);
  const counties = new Map<string, { countyCode: string; schoolAge: number; dropouts: number; outOfSchool: number; povertyDropouts: number }>();
  for (const t of townships) {
    const c = counties.get(t.countyCode) ?? { countyCode: t.countyCode, schoolAge: 0, dropouts: 0, outOfSchool: 0, povertyDropouts: 0 };
    c.schoolAge += t.schoolAge;
    c.dropouts += t.dropouts;
    c.outOfSchool += t.outOfSchool;
    c.povertyDropouts += t.povertyDropouts;
    counties.set(t.countyCode, c);
  }
  const suppress = suppressesFor(user.role);
  const shown = (n: number) => (suppress ? suppressSmall(n, threshold) : n);
  const withRate = <T extends { schoolAge: number; dropouts: number; outOfSchool: number; povertyDropouts: number }>(r: T) => {
    const dropouts = shown(r.dropouts);
    return { ...r, dropouts, outOfSchool: shown(r.outOfSchool), povertyDropouts: shown(r.povertyDropouts), dropoutRate: dropouts === null ? null : rate(r.dropouts, r.schoolAge) };
  };
  return {
    asOf,
    suppression: suppress ? { threshold, note: suppressionNote(threshold) } : null,
    reading: 'dropout rate = open dropout cases ÷ school-age children (6–15 on 31 August) of the household township',
    townships: townships.map(withRate),
    counties: [...counties.values()].sort((a, b) => (a.countyCode < b.countyCode ? -1 : 1)).map(withRate),
  };
}
