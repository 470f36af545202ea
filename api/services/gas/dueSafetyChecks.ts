import type { Db } from '../../../db/client';
import { overdueSafetyChecks } from '../../../db/repositories/gasVenues';
import { ruleSetOn } from '../../domain/gas/safetyCheckDue';
import { safetyCheckRuleSets } from '../../domain/gas/safetyCheckRules';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { DueQuery } from '../../routes/gas/schemas';
import { haidongToday, readScope } from './gasActor';

/**
 * Pipeline users overdue for the door-to-door check (东政办〔2023〕98号 §三(二): non-residential
 * more than 1 year, residential more than 2 years since the last one), under the rule set in force today.
 */
export async function dueSafetyChecks(db: Db, user: SessionUser, page: DueQuery) {
  const scope = readScope(user);
  const today = haidongToday();
  const rules = ruleSetOn(today, safetyCheckRuleSets);
  const { rows, total } = await overdueSafetyChecks(db, scope, today, rules.intervalYears, page);
  return { today, ruleSet: rules.id, article: rules.article, total, items: rows };
}
