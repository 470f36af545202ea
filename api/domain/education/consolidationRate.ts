// 巩固率 (nine-year consolidation rate) = grade-9 graduates ÷ grade-1 enrolment of the same
// cohort. A cohort entering grade 1 in school year Y is in grade 9 in school year Y + 8. Targets:
// 谯政办秘〔2024〕5号 (≥99 % by 2025), 临政办发〔2020〕14号 (≥95 % in 2020), 海东 "零辍学" (ruleSets.ts).
// No I/O.

import { zeroDropoutReadingText, zeroDropoutSetting, type ZeroDropoutReading } from './policySettings';
import { consolidationTargetFor, consolidationTargets, type ConsolidationTarget } from './ruleSets';

export const cohortSpanYears = 8;

export interface CohortRow {
  countyCode: string;
  /** Start year of the school year (2024 = 2024–25). */
  schoolYear: number;
  grade1Enrolment: number;
  grade9Graduates: number;
}

export interface ConsolidationRate {
  /** Rounded to 4 decimals; null when the cohort had no grade-1 enrolment. */
  rate: number | null;
  target: number | null;
  /** null when either the rate or the target is unknown. */
  meets: boolean | null;
}

export interface CountyConsolidation extends ConsolidationRate {
  countyCode: string;
  schoolYear: number;
  cohortStartYear: number;
  grade9Graduates: number;
  grade1Enrolment: number;
  targetSource: string | null;
  /** Set for a 零辍学 target: the reading applied and the open dropout cases it counts. */
  zeroDropout: { reading: ZeroDropoutReading; text: { zh: string; en: string }; openDropouts: number | null } | null;
}

export function consolidationRate(grade9Graduates: number, grade1Enrolment: number, target: number | null): ConsolidationRate {
  if (!(grade1Enrolment > 0)) return { rate: null, target, meets: null };
  const exact = grade9Graduates / grade1Enrolment;
  return {
    rate: Math.round(exact * 10_000) / 10_000,
    target,
    meets: target === null ? null : exact >= target,
  };
}

/** Per county: graduates of `schoolYear` over grade-1 enrolment of `schoolYear − 8`. */
export function countyConsolidationRates(
  rows: readonly CohortRow[],
  schoolYear: number,
  targets: readonly ConsolidationTarget[] = consolidationTargets,
  /** Open dropout cases per county; a county not in the map has none. Unknown when absent. */
  openDropouts?: ReadonlyMap<string, number>,
  reading: ZeroDropoutReading = zeroDropoutSetting,
): CountyConsolidation[] {
  const cohortStartYear = schoolYear - cohortSpanYears;
  const byCounty = new Map<string, { graduates: number; enrolment: number }>();
  for (const row of rows) {
    const entry = byCounty.get(row.countyCode) ?? { graduates: 0, enrolment: 0 };
    if (row.schoolYear === schoolYear) entry.graduates += row.grade9Graduates;
    if (row.schoolYear === cohortStartYear) entry.enrolment += row.grade1Enrolment;
    byCounty.set(row.countyCode, entry);
  }
  return [...byCounty.keys()].sort().map((countyCode) => {
    const { graduates, enrolment } = byCounty.get(countyCode)!;
    // Targets are stated for calendar years; the graduating cohort finishes in schoolYear + 1.
    const target = consolidationTargetFor(countyCode, schoolYear + 1, targets);
    const base = consolidationRate(graduates, enrolment, target?.target ?? null);
    if (target?.zeroDropout && reading === 'zero_open_dropouts') {
      // 海东 Art. 3, 6: measured as no open dropout case, not as a rate of 100 %.
      const open = openDropouts ? (openDropouts.get(countyCode) ?? 0) : null;
      return {
        countyCode,
        schoolYear,
        cohortStartYear,
        grade9Graduates: graduates,
        grade1Enrolment: enrolment,
        targetSource: target.source,
        rate: base.rate,
        target: null,
        meets: open === null ? null : open === 0,
        zeroDropout: { reading, text: zeroDropoutReadingText[reading], openDropouts: open },
      };
    }
    return {
      countyCode,
      schoolYear,
      cohortStartYear,
      grade9Graduates: graduates,
      grade1Enrolment: enrolment,
      targetSource: target?.source ?? null,
      ...base,
      zeroDropout: target?.zeroDropout ? { reading, text: zeroDropoutReadingText[reading], openDropouts: null } : null,
    };
  });
}
