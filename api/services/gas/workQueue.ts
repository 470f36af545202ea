import type { Db } from '../../../db/client';
import { workQueueItems } from '../../../db/repositories/gasWorkQueue';
import { ruleSetOn } from '../../domain/gas/safetyCheckDue';
import { safetyCheckRuleSets } from '../../domain/gas/safetyCheckRules';
import { workQueueRule } from '../../domain/gas/workQueue';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { WorkQueueQuery } from '../../routes/gas/schemas';
import { haidongToday, readScope } from './gasActor';

/**
 * The work queue of the caller's scope (an area inspector: the own district; officials: the city,
 * with filters): hazards due within `days` or overdue, and door-to-door checks due by then
 * (东政办〔2023〕98号 §三(二)), each with its venue and position to open on the map. Paged.
 */
export async function workQueue(db: Db, user: SessionUser, { days, limit, offset, ...filter }: WorkQueueQuery) {
  const scope = readScope(user);
  const today = haidongToday();
  const horizon = workQueueRule.horizon(today, days);
  const rules = ruleSetOn(today, safetyCheckRuleSets);
  const queue = await workQueueItems(db, scope, filter, today, horizon, rules.intervalYears, { limit, offset });
  return { today, horizon, days, safetyCheckRuleSet: rules.id, article: rules.article, ...queue };
}
