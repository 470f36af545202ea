// School calendars (issue 13): which dates are school days, so an absence run is counted in school
// days and a weekend or holiday — on which no school records attendance — never breaks a run
// (沙坡头 卫沙政办规发〔2023〕4号 Art. 7 "3天…7天…超过15日"; 海东 东政办〔2023〕101号 Art. 5, 15
// "3天及以上无正当理由未到校"). Calendars are DATA per jurisdiction and year; where none is
// configured the default below is used and the output says so. No I/O.

import type { Bilingual } from '../shared/bilingual';
import { dayNumber, fromDayNumber, parseIsoDate, type IsoDate } from '../shared/calendarDate';

export interface TermDates {
  start: IsoDate;
  end: IsoDate;
}

export interface SchoolCalendar {
  id: string;
  /** null: the default calendar, used for any jurisdiction without data for the year. */
  jurisdiction: string | null;
  year: number;
  /** Teaching terms overlapping the calendar year; a day outside every term is no school day. */
  terms: readonly TermDates[];
  /** Days off inside a term (public holidays). */
  holidays: readonly IsoDate[];
  /** Weekend days made school days (调休 make-up days). */
  makeUpDays: readonly IsoDate[];
  /** Days of the week without school: 0 = Sunday … 6 = Saturday. */
  weekendDays: readonly number[];
  source: string;
}

/** Partial override sent with a preview: any part given replaces the calendar's part for every year. */
export interface CalendarOverride {
  terms?: readonly TermDates[];
  holidays?: readonly IsoDate[];
  makeUpDays?: readonly IsoDate[];
  weekendDays?: readonly number[];
}

const span = (start: IsoDate, end: IsoDate): IsoDate[] => {
  const out: IsoDate[] = [];
  for (let d = dayNumber(start); d <= dayNumber(end); d++) out.push(fromDayNumber(d));
  return out;
};

/** The default calendar's term beginnings (month-day): the spring and the autumn term; also the education time slider's stops. */
export const defaultTermStarts = { spring: '03-01', autumn: '09-01' } as const;

/**
 * The default for a year: spring term 03-01…07-10, autumn term 09-01…01-20 of the next year, Monday
 * to Friday, and the fixed-date public holidays (元旦 01-01, 劳动节 05-01…05-05, 国庆 10-01…10-07).
 * Lunar holidays (春节, 清明, 端午, 中秋) and make-up days differ each year, so they are not in the
 * default: a county that needs them exact enters its calendar (or sends it with a preview).
 */
export function defaultCalendar(year: number): SchoolCalendar {
  return {
    id: `default-${year}`,
    jurisdiction: null,
    year,
    terms: [
      { start: `${year}-01-01`, end: `${year}-01-20` },
      { start: `${year}-${defaultTermStarts.spring}`, end: `${year}-07-10` },
      { start: `${year}-${defaultTermStarts.autumn}`, end: `${year}-12-31` },
    ],
    holidays: [`${year}-01-01`, ...span(`${year}-05-01`, `${year}-05-05`), ...span(`${year}-10-01`, `${year}-10-07`)],
    makeUpDays: [],
    weekendDays: [0, 6],
    source: 'default: terms 03-01–07-10 and 09-01–01-20, Monday–Friday, fixed-date public holidays',
  };
}

/** Calendars entered per jurisdiction and year. None has been supplied by a county yet. */
export const schoolCalendars: readonly SchoolCalendar[] = [];

export interface SchoolDayTest {
  isSchoolDay(day: number): boolean;
  /** Ids of the calendars consulted, and the years for which the default stood in. */
  calendarsUsed(): { ids: string[]; defaultYears: number[] };
}

export function schoolDays(
  jurisdiction: string,
  override: CalendarOverride | undefined,
  calendars: readonly SchoolCalendar[] = schoolCalendars,
): SchoolDayTest {
  const byYear = new Map<number, { cal: SchoolCalendar; holidays: Set<number>; makeUp: Set<number>; terms: [number, number][] }>();
  const defaultYears = new Set<number>();
  const resolve = (year: number) => {
    let entry = byYear.get(year);
    if (entry) return entry;
    const stored = calendars.find((c) => c.jurisdiction === jurisdiction && c.year === year);
    if (!stored && !(override?.terms && override.holidays && override.weekendDays)) defaultYears.add(year);
    const base = stored ?? defaultCalendar(year);
    const cal: SchoolCalendar = { ...base, ...override, id: override ? `${base.id}+request` : base.id };
    entry = {
      cal,
      holidays: new Set(cal.holidays.map(dayNumber)),
      makeUp: new Set(cal.makeUpDays.map(dayNumber)),
      terms: cal.terms.map((t) => [dayNumber(t.start), dayNumber(t.end)]),
    };
    byYear.set(year, entry);
    return entry;
  };
  return {
    isSchoolDay(day) {
      const iso = fromDayNumber(day);
      const e = resolve(parseIsoDate(iso).year);
      if (!e.terms.some(([s, t]) => s <= day && day <= t)) return false;
      if (e.holidays.has(day)) return false;
      if (e.makeUp.has(day)) return true;
      // 1970-01-01 (day 0) was a Thursday.
      return !e.cal.weekendDays.includes((day + 4) % 7);
    },
    calendarsUsed() {
      return { ids: [...byYear.values()].map((e) => e.cal.id), defaultYears: [...defaultYears].sort() };
    },
  };
}

export const schoolDayReading: Bilingual = {
  zh: '按教学日计：周末、节假日和假期不到校不算缺课，也不中断连续缺课；两次缺课之间只要有一个到校的教学日，连续缺课即重新计算',
  en: 'school days: weekends, holidays and breaks are not absences and do not break a run; a run restarts only after a school day the child attended',
};
