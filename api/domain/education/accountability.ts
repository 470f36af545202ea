// Accountability flags (沙坡头 卫沙政办规发〔2023〕4号 Art. 8); thresholds come from the rule set.
// No I/O.
//
// Readings chosen: the county loss rate is students lost in the school year ÷ students at its
// start, flagged when strictly above the threshold. A township is flagged when ANY school in it has
// more than the threshold of unreturned dropouts ("乡镇辖区内每个学校辍学学生超过两名"); month 1
// runs from the day the condition first held up to the same day next month.

import { parseIsoDate } from '../shared/calendarDate';
import type { AccountabilityThresholds } from './ruleSetTypes';
import type { SchoolStage } from './vocabulary';

export const townshipSanctions = ['interview', 'public_criticism', 'administrative_sanction'] as const;
export type TownshipSanction = (typeof townshipSanctions)[number];

export interface AccountabilityInput {
  asOf: string;
  county: { countyCode: string; studentsAtYearStart: number; studentsLost: number };
  schools: readonly { schoolCode: string; townshipCode: string; level: SchoolStage; unreturnedDropouts: number }[];
  /** First day each township's condition held; a township flagged now without one starts today. */
  townshipConditionSince?: Readonly<Record<string, string>>;
}

export interface TownshipFlag {
  townshipCode: string;
  maxSchoolDropouts: number;
  since: string;
  month: number;
  sanction: TownshipSanction;
}

export interface AccountabilityResult {
  county: { countyCode: string; lossRate: number | null; flagged: boolean };
  lowestRatingSchools: string[];
  townships: TownshipFlag[];
  article: string;
}

/** Month number (1-based) of `asOf` counted from `since`. */
export function monthSince(since: string, asOf: string): number {
  const a = parseIsoDate(since);
  const b = parseIsoDate(asOf);
  const whole = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
  return Math.max(0, whole) + 1;
}

export function assessAccountability(input: AccountabilityInput, thresholds: AccountabilityThresholds): AccountabilityResult {
  const { studentsAtYearStart, studentsLost, countyCode } = input.county;
  const lossRate = studentsAtYearStart > 0 ? studentsLost / studentsAtYearStart : null;

  const lowestRatingSchools = input.schools
    .filter((s) => s.unreturnedDropouts >= thresholds.lowestRatingDropouts[s.level])
    .map((s) => s.schoolCode)
    .sort();

  const maxByTownship = new Map<string, number>();
  for (const s of input.schools) {
    maxByTownship.set(s.townshipCode, Math.max(maxByTownship.get(s.townshipCode) ?? 0, s.unreturnedDropouts));
  }
  const townships: TownshipFlag[] = [];
  for (const [townshipCode, maxSchoolDropouts] of [...maxByTownship].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (maxSchoolDropouts <= thresholds.townshipDropoutsAbove) continue;
    const since = input.townshipConditionSince?.[townshipCode] ?? input.asOf;
    const month = monthSince(since, input.asOf);
    const sanctions = thresholds.townshipSanctionsByMonth;
    townships.push({ townshipCode, maxSchoolDropouts, since, month, sanction: sanctions[Math.min(month, sanctions.length) - 1] });
  }

  return {
    county: { countyCode, lossRate, flagged: lossRate !== null && lossRate > thresholds.countyLossRateMax },
    lowestRatingSchools,
    townships,
    article: thresholds.article,
  };
}
