import type { Db } from '../../../db/client';
import { cohortStats, openDropoutsByCounty } from '../../../db/repositories/educationAnalyses';
import { cohortSpanYears, consolidationRate, countyConsolidationRates } from '../../domain/education/consolidationRate';
import { zeroDropoutSetting } from '../../domain/education/policySettings';
import { consolidationTargetFor } from '../../domain/education/ruleSets';
import { referenceYear } from '../../domain/education/schoolAge';
import type { ConsolidationQuery } from '../../routes/education/schemas';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { analysisCountyOf } from '../../domain/education/educationScope';
import { smallCountGuard, type SmallCountGuard } from '../../domain/education/smallCounts';
import { defaultAsOf } from './defaultAsOf';

/**
 * 巩固率 per county and township for the cohort graduating in `schoolYear` — by default the last
 * completed school year before `asOf` (the time slider; else the data's date) — against the target,
 * with 零辍学 judged on the dropouts open on `asOf`. Of the caller's county when
 * it is bound to one; for officials small counts, and the rate and verdict computed from them, are
 * withheld (issue 14).
 */
export async function consolidation(db: Db, user: SessionUser, q: ConsolidationQuery, threshold: number) {
  const { schoolYear: given, asOf } = q;
  const county = analysisCountyOf(user, q.county);
  const g = smallCountGuard(user.role, threshold);
  const schoolYear = given ?? referenceYear(await defaultAsOf(db, asOf)) - 1;
  const rows = await cohortStats(db, county);
  const counties = countyConsolidationRates(
    rows.map((r) => ({ countyCode: r.countyCode, schoolYear: r.schoolYear, grade1Enrolment: r.grade1Enrolment, grade9Graduates: r.grade9Graduates })),
    schoolYear,
    undefined,
    await openDropoutsByCounty(db, county, asOf),
  );
  const cohortStartYear = schoolYear - cohortSpanYears;
  const byTownship = new Map<string, { countyCode: string; graduates: number; enrolment: number }>();
  for (const r of rows) {
    const t = byTownship.get(r.townshipCode) ?? { countyCode: r.countyCode, graduates: 0, enrolment: 0 };
    if (r.schoolYear === schoolYear) t.graduates += r.grade9Graduates;
    if (r.schoolYear === cohortStartYear) t.enrolment += r.grade1Enrolment;
    byTownship.set(r.townshipCode, t);
  }
  const townships = [...byTownship].sort(([a], [b]) => (a < b ? -1 : 1)).map(([townshipCode, t]) => {
    const target = consolidationTargetFor(t.countyCode, schoolYear + 1);
    // 零辍学 read as no open dropouts is a county measure: a township shows its rate without a target.
    const rateTarget = target?.zeroDropout && zeroDropoutSetting === 'zero_open_dropouts' ? null : (target?.target ?? null);
    return { townshipCode, countyCode: t.countyCode, grade9Graduates: t.graduates, grade1Enrolment: t.enrolment, ...consolidationRate(t.graduates, t.enrolment, rateTarget) };
  });
  const shown = { counties: counties.map((c) => guarded(g, c)), townships: townships.map((t) => guarded(g, t)) };
  return { schoolYear, cohortStartYear, suppression: g.report(), ...shown };
}

type RateRow = { grade9Graduates: number; grade1Enrolment: number; rate: number | null; meets: boolean | null; zeroDropout?: { openDropouts: number | null } | null };

function guarded<T extends RateRow>(g: SmallCountGuard, r: T) {
  const grade9Graduates = g.count(r.grade9Graduates);
  const grade1Enrolment = g.count(r.grade1Enrolment);
  const zeroDropout = r.zeroDropout ? { ...r.zeroDropout, openDropouts: r.zeroDropout.openDropouts === null ? null : g.count(r.zeroDropout.openDropouts) } : r.zeroDropout;
  return { ...r, grade9Graduates, grade1Enrolment, rate: g.derived(r.rate, grade9Graduates, grade1Enrolment), meets: g.derived(r.meets, grade9Graduates, grade1Enrolment), zeroDropout };
}
