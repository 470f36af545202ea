import type { Db } from '../../../db/client';
import { unverifiedHazards, unverifiedVisits } from '../../../db/repositories/gasUnverified';
import { onSiteRuleOn } from '../../domain/gas/onSiteRules';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { UnverifiedQuery } from '../../routes/gas/schemas';
import { haidongToday, readScope } from './gasActor';

/**
 * Visits without location proof for the officials' review (list + map): recorded too far from the
 * venue, too imprecisely, or without a position (onSiteRules). Officials see the city; an
 * inspector the own district (accessScope). The rule in force today is answered with it.
 */
export async function listUnverifiedVisits(db: Db, user: SessionUser, { limit, offset, ...filter }: UnverifiedQuery) {
  const scope = readScope(user);
  const visits = await unverifiedVisits(db, scope, filter, { limit, offset });
  return { ...visits, rule: onSiteRuleOn(haidongToday()) };
}

/** Hazards without location proof, judged by the same rule as visits, for the same review. */
export async function listUnverifiedHazards(db: Db, user: SessionUser, { limit, offset, ...filter }: UnverifiedQuery) {
  const scope = readScope(user);
  const hazards = await unverifiedHazards(db, scope, filter, { limit, offset });
  return { ...hazards, rule: onSiteRuleOn(haidongToday()) };
}
