import type { Db } from '../../../db/client';
import { dutyReminders as remindersOf } from '../../domain/education/dutyCalendar';
import type { Language } from '../../domain/shared/bilingual';
import type { DutyQuery } from '../../routes/education/schemas';
import { defaultAsOf } from './defaultAsOf';
import { dutiesOnDay, dutyView } from './dutyCalendar';

/** In-app reminders for the education role: overdue duties and those due within 14 days. */
export async function dutyReminders(db: Db, q: DutyQuery, lang: Language) {
  const asOf = await defaultAsOf(db, q.asOf);
  const year = q.year ?? Number(asOf.slice(0, 4));
  const { duties } = await dutiesOnDay(db, { county: q.county, township: q.township, year, asOf });
  return { county: q.county, township: q.township ?? null, asOf, withinDays: 14, reminders: remindersOf(duties, asOf).map((d) => dutyView(d, lang)) };
}
