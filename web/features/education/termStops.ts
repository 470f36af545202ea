import type { TimeStop } from '../../lists/TimeSlider';
import { defaultTermStarts } from '../../../api/domain/education/schoolCalendar';

// The education time slider's stops (issue 11: "school terms/as-of dates for education"): the first
// day of each term of the previous and the current school year, from the default school calendar's
// term beginnings (api/domain/education/schoolCalendar.ts, `defaultTermStarts`: spring 03-01, autumn
// 09-01). No county has entered its own calendar (`schoolCalendars` is empty), so the city-wide list
// uses the default; a term not begun by today is left out. Then today.

/** The stops up to `today` (YYYY-MM-DD), oldest first, ending with today. */
export function termStops(today: string): TimeStop[] {
  const year = Number(today.slice(0, 4));
  // The current school year began on the last autumn start on or before today.
  const startYear = today >= `${year}-${defaultTermStarts.autumn}` ? year : year - 1;
  const stops: TimeStop[] = [];
  for (const y of [startYear - 1, startYear]) {
    stops.push({ date: `${y}-${defaultTermStarts.autumn}`, label: { zh: `${y}年秋季学期开学`, en: `Autumn term ${y} begins` } });
    stops.push({ date: `${y + 1}-${defaultTermStarts.spring}`, label: { zh: `${y + 1}年春季学期开学`, en: `Spring term ${y + 1} begins` } });
  }
  return [...stops.filter((s) => s.date < today), { date: today, label: { zh: '今天', en: 'Today' } }];
}
