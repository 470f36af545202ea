import type { Db } from '../../../db/client';
import { cohortStats, dropoutsBySchool } from '../../../db/repositories/educationAnalyses';
import { assessAccountability } from '../../domain/education/accountability';
import { dropoutRuleSets, ruleSetFor } from '../../domain/education/ruleSets';
import type { AccountabilityThresholds } from '../../domain/education/ruleSetTypes';
import { referenceYear } from '../../domain/education/schoolAge';
import type { AreaQuery } from '../../routes/education/schemas';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { analysisCountyOf } from '../../domain/education/educationScope';
import { smallCountGuard } from '../../domain/education/smallCounts';
import { defaultAsOf } from './defaultAsOf';

/**
 * Reading: the 海东 rules set no accountability thresholds, so for a county whose rule set has
 * none the 沙坡头 Art. 8 thresholds are applied as the reference (stated in `thresholdsFrom`).
 */
const reference = dropoutRuleSets.find((r) => r.accountability !== null)!;

function thresholdsFor(countyCode: string, asOf: string): { thresholds: AccountabilityThresholds; from: string } {
  try {
    const own = ruleSetFor(countyCode, asOf).ruleSet;
    if (own.accountability) return { thresholds: own.accountability, from: own.id };
  } catch {
    // no rule set configured for the county: the reference thresholds apply
  }
  return { thresholds: reference.accountability!, from: `${reference.id} (reference)` };
}

/**
 * School, township and county accountability flags per county (沙坡头 Art. 8), of the caller's
 * county when it is bound to one. The flags are the article's output and always shown; for
 * officials a township's small dropout count and a loss rate from a small loss are withheld (issue 14).
 */
export async function accountabilityFlags(db: Db, user: SessionUser, q: AreaQuery, threshold: number) {
  const county = analysisCountyOf(user, q.county);
  const asOf = await defaultAsOf(db, q.asOf);
  const g = smallCountGuard(user.role, threshold);
  const schools = await dropoutsBySchool(db, county);
  const cohorts = await cohortStats(db, county);
  const schoolYear = referenceYear(asOf);
  const counties = [...new Set(schools.map((s) => s.countyCode))].sort();
  const shown = counties.map((countyCode) => {
      const mine = schools.filter((s) => s.countyCode === countyCode);
      const year = cohorts.filter((c) => c.countyCode === countyCode && c.schoolYear === schoolYear);
      const since: Record<string, string> = {};
      for (const s of mine) {
        if (s.firstOpenedOn && (!since[s.townshipCode] || s.firstOpenedOn < since[s.townshipCode]!)) since[s.townshipCode] = s.firstOpenedOn;
      }
      const { thresholds, from } = thresholdsFor(countyCode, asOf);
      const result = assessAccountability(
        {
          asOf,
          county: {
            countyCode,
            studentsAtYearStart: year.reduce((a, c) => a + c.studentsAtYearStart, 0),
            studentsLost: year.reduce((a, c) => a + c.studentsLost, 0),
          },
          // A nine-year school is held to the stricter primary threshold (reading).
          schools: mine.map((s) => ({ schoolCode: s.schoolCode, townshipCode: s.townshipCode, level: s.schoolLevel === 'junior' ? 'junior' : 'primary', unreturnedDropouts: s.unreturnedDropouts })),
          townshipConditionSince: since,
        },
        thresholds,
      );
      const exact = result.county.lossRate === null ? null : Math.round(result.county.lossRate * 1_000_000) / 1_000_000;
      const lossRate = g.derived(exact, g.count(year.reduce((a, c) => a + c.studentsLost, 0)));
      const townships = result.townships.map((t) => ({ ...t, maxSchoolDropouts: g.count(t.maxSchoolDropouts) }));
      return { ...result, county: { ...result.county, lossRate }, townships, thresholdsFrom: from };
    });
  return { asOf, schoolYear, suppression: g.report(), counties: shown };
}
