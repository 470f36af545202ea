import type { Db } from '../../../db/client';
import { listCampaigns as campaignRows } from '../../../db/repositories/gasCampaigns';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { readScope } from './gasActor';

/** The campaigns with their rounds (东政办〔2023〕98号 and later years, campaigns.ts). */
export async function listCampaigns(db: Db, user: SessionUser) {
  readScope(user);
  return campaignRows(db);
}
