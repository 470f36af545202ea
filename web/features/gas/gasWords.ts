import type { Tr } from '../../i18n/i18n';

/** "还剩 3 天" / "逾期 5 天" from days left (negative = overdue). */
export function daysText(tr: Tr, daysLeft: number): string {
  return daysLeft >= 0 ? tr(`还剩 ${daysLeft} 天`, `${daysLeft} days left`) : tr(`逾期 ${-daysLeft} 天`, `${-daysLeft} days overdue`);
}
