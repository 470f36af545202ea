import type { Db } from '../../../db/client';
import { unverifiedVisits } from '../../../db/repositories/gasVisits';
import { onSiteRuleOn } from '../../domain/gas/onSiteRules';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { UnverifiedVisitQuery } from '../../routes/gas/schemas';
import { haidongToday, readScope } from './gasActor';

/**
 * Visits without location proof for the officials' review (list + map): recorded too far from the
 * venue, too imprecisely, or without a position (onSiteRules). Officials see the city; an
 * inspector the own district (accessScope). The rule in force today is answered with it.
 */
export async function listUnverifiedVisits(db: Db, user: SessionUser, { limit, offset, ...filter }: UnverifiedVisitQuery) {
  const scope = readScope(user);
  const visits = await unverifiedVisits(db, scope, filter, { limit, offset });
  return { ...visits, rule: onSiteRuleOn(haidongToday()) };
}
