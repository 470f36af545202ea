// Calendar-date arithmetic on ISO 'YYYY-MM-DD' strings (no time zone, no clock): every
// education rule counts whole days, so dates are handled as UTC day numbers.

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian calendar check, arithmetic only (runs per row in bulk ID validation). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : monthLengths[month - 1]);
}

export function parseIsoDate(value: string): CalendarDate {
  const match = isoDatePattern.exec(value);
  if (!match) throw new RangeError(`Expected an ISO date YYYY-MM-DD, got "${value}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDate(year, month, day)) throw new RangeError(`Not a real calendar date: "${value}"`);
  return { year, month, day };
}

export function dayNumber(value: string): number {
  const { year, month, day } = parseIsoDate(value);
  return Date.UTC(year, month - 1, day) / msPerDay;
}

export function fromDayNumber(days: number): string {
  return new Date(days * msPerDay).toISOString().slice(0, 10);
}

export function addDays(value: string, days: number): string {
  return fromDayNumber(dayNumber(value) + days);
}
