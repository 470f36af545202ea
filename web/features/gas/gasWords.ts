import type { Tr } from '../../i18n/i18n';

/** "还剩 3 天" / "逾期 5 天" from days left (negative = overdue). */
export function daysText(tr: Tr, daysLeft: number): string {
  return daysLeft >= 0 ? tr(`还剩 ${daysLeft} 天`, `${daysLeft} days left`) : tr(`逾期 ${-daysLeft} 天`, `${-daysLeft} days overdue`);
}

/** Today in Haidong (UTC+8) as an ISO date: the default and the upper bound of field dates. */
export const todayHere = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
export const plusDays = (d: string, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);
