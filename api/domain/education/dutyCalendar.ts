// The duty calendar of a county or township (issue 13): the dated duties of its jurisdiction's rule
// set for a year — 海东 101号 Art. 8(一) February/August population book, Art. 8(三) March/September
// joint inspections, Art. 12(四) losses within 10 days of term start, Art. 14 monthly plan; the
// 白银 dates of 二(一)(二), 三(一), 四(二)(三); 谯城 (四)(五); 临沧 二, 三(三) — each due, done or
// overdue on a given day. No I/O.

import { addDays, type IsoDate } from '../shared/calendarDate';
import type { CalendarDuty, DropoutRuleSet, DutyTiming } from './ruleSetTypes';

export const dutyStatuses = ['due', 'done', 'overdue'] as const;
export type DutyStatus = (typeof dutyStatuses)[number];

export interface DatedDuty {
  dutyId: string;
  level: CalendarDuty['level'];
  dueDate: IsoDate;
  duty: CalendarDuty;
}

export interface DutyOnDay extends DatedDuty {
  status: DutyStatus;
  doneOn: IsoDate | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthEnd = (year: number, month: number): IsoDate => addDays(`${month === 12 ? year + 1 : year}-${pad(month === 12 ? 1 : month + 1)}-01`, -1);

/**
 * Term starts of the year. Reading: the default calendar's starts (spring 03-01, autumn 09-01)
 * unless a county's calendar gives others.
 */
export const defaultTermStarts = (year: number): IsoDate[] => [`${year}-03-01`, `${year}-09-01`];

function datesOf(t: DutyTiming, year: number, termStarts: readonly IsoDate[]): IsoDate[] {
  switch (t.kind) {
    case 'by_date':
      return [`${year}-${pad(t.month)}-${pad(t.day)}`];
    case 'in_month':
      // "每年2月、8月" — done within the month: due on its last day.
      return [monthEnd(year, t.month)];
    case 'after_term_start':
      // "开学10天内" — due on the 10th day after the term starts.
      return termStarts.map((s) => addDays(s, t.days));
    case 'monthly':
      return Array.from({ length: 12 }, (_, i) => monthEnd(year, i + 1));
  }
}

/** Every dated duty of the rule set in `year`, in date order. */
export function dutiesOfYear(ruleSet: DropoutRuleSet, year: number, termStarts: readonly IsoDate[] = defaultTermStarts(year)): DatedDuty[] {
  const out: DatedDuty[] = [];
  for (const duty of ruleSet.calendarDuties) {
    const dates = [...new Set(duty.timings.flatMap((t) => datesOf(t, year, termStarts)))];
    for (const dueDate of dates) out.push({ dutyId: duty.id, level: duty.level, dueDate, duty });
  }
  return out.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.dutyId < b.dutyId ? -1 : 1));
}

/** Status on `asOf`: done when recorded, overdue after the due date, else due. */
export function dutyStatus(duties: readonly DatedDuty[], done: ReadonlyMap<string, IsoDate>, asOf: IsoDate): DutyOnDay[] {
  return duties.map((d) => {
    const doneOn = done.get(dutyKey(d.dutyId, d.dueDate)) ?? null;
    const status: DutyStatus = doneOn !== null ? 'done' : asOf > d.dueDate ? 'overdue' : 'due';
    return { ...d, status, doneOn };
  });
}

export const dutyKey = (dutyId: string, dueDate: IsoDate) => `${dutyId}@${dueDate}`;

/** Reminders: overdue duties and duties due within `withinDays` of `asOf`. */
export function dutyReminders(duties: readonly DutyOnDay[], asOf: IsoDate, withinDays = 14): DutyOnDay[] {
  const horizon = addDays(asOf, withinDays);
  return duties.filter((d) => d.status === 'overdue' || (d.status === 'due' && d.dueDate <= horizon));
}
