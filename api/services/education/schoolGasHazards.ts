import type { Db } from '../../../db/client';
import { schoolsWithGasHazards } from '../../../db/repositories/educationGasHazards';
import { schoolGasRule } from '../../domain/education/schoolGasRule';
import type { SchoolGasQuery } from '../../routes/education/schemas';
import { haidongToday } from '../gas/gasActor';

/** Schools with open gas hazards, as counts per school, and the rule that matched them. */
export async function schoolGasHazards(db: Db, { radiusMeters, county }: SchoolGasQuery) {
  const { text, ...rule } = schoolGasRule(radiusMeters);
  const today = haidongToday();
  const schools = await schoolsWithGasHazards(db, rule, today, county);
  return {
    today,
    rule: { ...rule, zh: text.zh, en: text.en },
    schools,
    totals: {
      schools: schools.length,
      openHazards: schools.reduce((a, s) => a + s.openHazards, 0),
      majorHazards: schools.reduce((a, s) => a + s.majorHazards, 0),
    },
  };
}
