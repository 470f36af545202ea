// The current absence run of a child, counted in school days (issue 13): the trailing run of
// recorded unexcused absences in which no school day the child attended lies between two absence
// dates. Weekends, holidays and breaks never break a run (沙坡头 卫沙政办规发〔2023〕4号 Art. 7;
// 海东 东政办〔2023〕101号 Art. 5, 15). No I/O.

import type { Bilingual } from '../shared/bilingual';
import { dayNumber, fromDayNumber } from '../shared/calendarDate';
import type { SchoolDayTest } from './schoolCalendar';

export interface AbsenceRun {
  /** School days of the run, ascending day numbers. */
  days: number[];
  /** First school day after the run on or before the day before asOf, when the child attended it. */
  attendedOn: number | null;
  warnings: { code: string; text: Bilingual }[];
}

/** How far the engine looks for the next school day (a year covers any break). */
const searchLimitDays = 400;

/** Any school day strictly between two day numbers? */
function schoolDayBetween(from: number, to: number, cal: SchoolDayTest): number | null {
  for (let d = from + 1; d < to; d++) if (cal.isSchoolDay(d)) return d;
  return null;
}

/** The `n`th school day after `day` (n ≥ 1), or null past the search limit. */
export function nthSchoolDayAfter(day: number, n: number, cal: SchoolDayTest): number | null {
  let seen = 0;
  for (let d = day + 1; d <= day + searchLimitDays; d++) {
    if (cal.isSchoolDay(d) && ++seen === n) return d;
  }
  return null;
}

export function absenceRun(absences: readonly string[], asOf: string, cal: SchoolDayTest): AbsenceRun {
  const asOfDay = dayNumber(asOf);
  const warnings: AbsenceRun['warnings'] = [];
  const all = [...new Set(absences.map(dayNumber))].sort((a, b) => a - b);
  const later = all.filter((d) => d > asOfDay);
  if (later.length > 0) {
    warnings.push({
      code: 'absences_after_as_of',
      text: { zh: `${later.length} 个缺课日期晚于计算日 ${asOf}，未计入`, en: `${later.length} absence date(s) after ${asOf} are ignored` },
    });
  }
  const offDays = all.filter((d) => d <= asOfDay && !cal.isSchoolDay(d));
  if (offDays.length > 0) {
    const list = offDays.slice(0, 5).map(fromDayNumber).join('、');
    warnings.push({
      code: 'absence_on_non_school_day',
      text: { zh: `缺课日期 ${list} 不是教学日，未计入`, en: `Absence dates ${list} are not school days and are not counted` },
    });
  }
  const school = all.filter((d) => d <= asOfDay && cal.isSchoolDay(d));
  if (school.length === 0) return { days: [], attendedOn: null, warnings };
  let start = school.length - 1;
  while (start > 0 && schoolDayBetween(school[start - 1]!, school[start]!, cal) === null) start--;
  const days = school.slice(start);
  // asOf itself may not be recorded yet, so only the days before it show attendance.
  const attendedOn = schoolDayBetween(days[days.length - 1]!, asOfDay, cal);
  if (attendedOn !== null) {
    warnings.push({
      code: 'attended_after_run',
      text: {
        zh: `${fromDayNumber(attendedOn)} 是教学日且无缺课记录（视为到校），此后的限期类步骤不再计算`,
        en: `${fromDayNumber(attendedOn)} is a school day without an absence (the child attended); no time-limit step follows`,
      },
    });
  }
  return { days, attendedOn, warnings };
}
