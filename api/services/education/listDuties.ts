import type { Db } from '../../../db/client';
import { textIn, type Language } from '../../domain/shared/bilingual';
import type { DutyQuery } from '../../routes/education/schemas';
import { defaultAsOf } from './defaultAsOf';
import { dutiesOnDay, dutyView } from './dutyCalendar';

/** The dated duties of a county (or township) for a year, each due, done or overdue (a read, no identity in it). */
export async function listDuties(db: Db, q: DutyQuery, lang: Language) {
  const asOf = await defaultAsOf(db, q.asOf);
  const year = q.year ?? Number(asOf.slice(0, 4));
  const { ruleSet, warning, duties } = await dutiesOnDay(db, { county: q.county, township: q.township, year, asOf });
  return {
    county: q.county,
    township: q.township ?? null,
    year,
    asOf,
    ruleSet: { id: ruleSet.id, document: ruleSet.document },
    warnings: warning ? [{ code: warning.code, message: textIn(warning.text, lang) }] : [],
    duties: duties.map((d) => dutyView(d, lang)),
  };
}
