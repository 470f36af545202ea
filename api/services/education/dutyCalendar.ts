import type { Executor } from '../../../db/client';
import { dutyCompletions, townshipCountyCode } from '../../../db/repositories/educationDuties';
import { dutiesOfYear, dutyKey, dutyStatus, type DutyOnDay } from '../../domain/education/dutyCalendar';
import { ruleSetFor } from '../../domain/education/ruleSets';
import { invalid } from '../../domain/shared/domainError';
import { textIn, type Language } from '../../domain/shared/bilingual';

// Reading the duty calendar inside a verb (listDuties, dutyReminders, markDutyDone): the county's
// rule set for the year, its dated duties and what has been marked done. Not a verb itself.

export interface DutyScope {
  county: string;
  township?: string;
  year: number;
  asOf: string;
}

/** Refuses a township that is not in the county (400 naming `township`). */
export async function checkTownship(ex: Executor, county: string, township: string | undefined): Promise<void> {
  if (township === undefined) return;
  const owner = await townshipCountyCode(ex, township);
  if (owner !== county) {
    throw invalid('township_not_in_county', { zh: `乡镇 ${township} 不属于县区 ${county}，请从该县区的乡镇中选择`, en: `township ${township} is not in county ${county}; choose one of its townships` }, 'township');
  }
}

export async function dutiesOnDay(ex: Executor, s: DutyScope) {
  await checkTownship(ex, s.county, s.township);
  const { ruleSet, warning } = ruleSetFor(s.county, `${s.year}-12-31`);
  const dated = dutiesOfYear(ruleSet, s.year);
  const done = await dutyCompletions(ex, s.county, s.township ?? '', `${s.year}-01-01`, `${s.year}-12-31`);
  const doneOn = new Map(done.map((d) => [dutyKey(d.dutyId, d.dueDate), d.doneOn]));
  return { ruleSet, warning, duties: dutyStatus(dated, doneOn, s.asOf) };
}

export function dutyView(d: DutyOnDay, lang: Language) {
  return { dutyId: d.dutyId, level: d.level, dueDate: d.dueDate, status: d.status, doneOn: d.doneOn, text: textIn(d.duty.text, lang), article: d.duty.article };
}
