import type { Db } from '../../../db/client';
import { cohortStats, openDropoutsByCounty } from '../../../db/repositories/educationAnalyses';
import { cohortSpanYears, consolidationRate, countyConsolidationRates } from '../../domain/education/consolidationRate';
import { zeroDropoutSetting } from '../../domain/education/policySettings';
import { consolidationTargetFor } from '../../domain/education/ruleSets';
import { referenceYear } from '../../domain/education/schoolAge';
import type { ConsolidationQuery } from '../../routes/education/schemas';
import { defaultAsOf } from './defaultAsOf';

/**
 * 巩固率 per county and township for the cohort graduating in `schoolYear` — by default the last
 * completed school year before the data's date — against the target.
 */
export async function consolidation(db: Db, { schoolYear: given, county }: ConsolidationQuery) {
  const schoolYear = given ?? referenceYear(await defaultAsOf(db)) - 1;
  const rows = await cohortStats(db, county);
  const counties = countyConsolidationRates(
    rows.map((r) => ({ countyCode: r.countyCode, schoolYear: r.schoolYear, grade1Enrolment: r.grade1Enrolment, grade9Graduates: r.grade9Graduates })),
    schoolYear,
    undefined,
    await openDropoutsByCounty(db, county),
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
  return { schoolYear, cohortStartYear, counties, townships };
}
