import type { SessionUser } from '../../domain/auth/sessionUser';
import type { Db } from '../../../db/client';
import { defaultAsOf } from './defaultAsOf';
import { caseOrThrow, caseProgress } from './loadCase';

/** Where a case stands: escalation stage, next action and due dates, legal steps (a read, not audited: no identity in it). */
export async function caseEscalation(db: Db, user: SessionUser, id: number) {
  const c = await caseOrThrow(db, user, id);
  return caseProgress(db, c, await defaultAsOf(db));
}
