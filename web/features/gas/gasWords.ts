import {
  hazardCategories,
  hazardCategoryLabels,
  hazardStatusLabels,
  hazardStatuses,
  severities,
  severityLabels,
  venueTypeLabels,
  venueTypes,
} from '../../../api/domain/gas/vocabulary';
import type { Bilingual } from '../../../api/domain/shared/bilingual';

export type Tr = (zh: string, en: string) => string;
export const label = (tr: Tr, l: Bilingual | undefined, fallback = '') => (l ? tr(l.zh, l.en) : fallback);
export const options = {
  status: hazardStatuses.map((v) => ({ value: v, label: hazardStatusLabels[v] })),
  severity: severities.map((v) => ({ value: v, label: severityLabels[v] })),
  category: hazardCategories.map((v) => ({ value: v, label: hazardCategoryLabels[v] })),
  venueType: venueTypes.map((v) => ({ value: v, label: venueTypeLabels[v] })),
};
export { hazardCategoryLabels, hazardStatusLabels, severityLabels, venueTypeLabels };

/** "还剩 3 天" / "逾期 5 天" from days left (negative = overdue). */
export function daysText(tr: Tr, daysLeft: number): string {
  return daysLeft >= 0 ? tr(`还剩 ${daysLeft} 天`, `${daysLeft} days left`) : tr(`逾期 ${-daysLeft} 天`, `${-daysLeft} days overdue`);
}
