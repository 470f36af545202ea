// Calendar dates as ISO strings ('YYYY-MM-DD'). Policy windows and land-use terms are civil
// dates in China, so plain strings compare correctly and avoid time-zone drift. No I/O.

export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = isoDatePattern.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

// China has one time zone (UTC+8) and no daylight saving: the civil date of an instant there.
export function chinaDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

// A term of `years` starting on `start` ends the day before the same calendar day `years`
// later (e.g. 2023-10-07 + 40 y → 2063-10-06), as written in transfer contracts.
export function addYearsInclusiveEnd(start: IsoDate, years: number): IsoDate {
  const [y, m, d] = start.split('-').map(Number);
  const sameDay = new Date(Date.UTC(y + years, m - 1, d));
  // 29 Feb into a non-leap year rolls over to 1 Mar; the day before is then 28 Feb.
  return new Date(sameDay.getTime() - 86_400_000).toISOString().slice(0, 10);
}
