// Calendar-day arithmetic for inspection deadlines, rounds and safety-check intervals. No I/O.
// Dates are ISO calendar days 'YYYY-MM-DD' in Haidong local time (Asia/Shanghai, UTC+8, no DST):
// a deadline is a day on the wall calendar, not an instant, so the engines never see timestamps.

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a calendar day; throws on anything that is not a real 'YYYY-MM-DD'. */
export function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  // Date.UTC rolls 2023-02-30 over to March; a round trip catches such non-days.
  if (fromDayNumber(ms / MS_PER_DAY) !== date) throw new RangeError(`no such calendar day: ${date}`);
  return ms / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `to − from` in whole days (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Same month and day `years` later; 02-29 becomes 02-28 in a common year (end-of-month clamp). */
export function addYears(date: IsoDate, years: number): IsoDate {
  dayNumber(date);
  const y = Number(date.slice(0, 4)) + years;
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(y, m - 1, Math.min(d, lastDay)) / MS_PER_DAY);
}

/** The Haidong calendar day of an instant, for callers that hold timestamps. */
export function shanghaiDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
