// Calendar dates as ISO strings 'YYYY-MM-DD', shared by every domain: policy windows and land-use
// terms (95号), inspection deadlines and rounds (98号), absence streaks and legal steps (101号)
// are all days on the wall calendar in China (UTC+8, no daylight saving), not instants. Dates
// are handled as UTC day numbers, so plain strings compare correctly. No I/O, no clock.

export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;
const chinaOffsetMs = 8 * 3_600_000;
const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Gregorian calendar check, arithmetic only (it runs per row in bulk ID validation). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : monthLengths[month - 1]!);
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = isoDatePattern.exec(value);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Throws RangeError on anything that is not a real 'YYYY-MM-DD'. */
export function parseIsoDate(value: string): CalendarDate {
  const match = isoDatePattern.exec(value);
  if (!match) throw new RangeError(`Expected an ISO date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDate(year, month, day)) throw new RangeError(`Not a real calendar date: ${JSON.stringify(value)}`);
  return { year, month, day };
}

/** Days since 1970-01-01. */
export function dayNumber(value: IsoDate): number {
  const { year, month, day } = parseIsoDate(value);
  return Date.UTC(year, month - 1, day) / msPerDay;
}

export function fromDayNumber(days: number): IsoDate {
  return new Date(days * msPerDay).toISOString().slice(0, 10);
}

/** `to − from` in whole days (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(value: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(value) + days);
}

/** Same month and day `years` later; 02-29 becomes 02-28 in a common year (end-of-month clamp). */
export function addYears(value: IsoDate, years: number): IsoDate {
  const { year, month, day } = parseIsoDate(value);
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(year + years, month - 1, Math.min(day, lastDay)) / msPerDay);
}

/**
 * A term of `years` starting on `start` ends the day before the same calendar day `years`
 * later (2023-10-07 + 2 y → 2025-10-06, 95号 Art. 35), as written in transfer contracts;
 * 29 Feb rolls to 1 Mar in a common year, so the term then ends on 28 Feb.
 */
export function addYearsInclusiveEnd(start: IsoDate, years: number): IsoDate {
  const { year, month, day } = parseIsoDate(start);
  return fromDayNumber(Date.UTC(year + years, month - 1, day) / msPerDay - 1);
}

/** The civil date in China (UTC+8, no DST) of an instant. */
export function chinaDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + chinaOffsetMs).toISOString().slice(0, 10);
}
