import type { Db } from '../../../db/client';
import { listGroups } from '../../../db/repositories/gasCampaigns';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { readScope } from './gasActor';

/** The nine groups of 东政办〔2023〕98号 §二(一) with districts, lead and member units. */
export async function listInspectionGroups(db: Db, user: SessionUser) {
  readScope(user);
  return listGroups(db);
}
