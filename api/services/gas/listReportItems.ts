import type { Db } from '../../../db/client';
import { reportItems } from '../../../db/repositories/gasReports';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { assertReportAccess, haidongToday } from './gasActor';
import { resolveRound } from './resolveCampaign';

/** A group's report inputs for a round (the group's own inspectors, officials, admins). */
export async function listReportItems(db: Db, user: SessionUser, groupNo: number, roundNo: number, campaignId?: string) {
  assertReportAccess(user, groupNo);
  const { campaign } = await resolveRound(db, roundNo, campaignId, haidongToday());
  return { campaignId: campaign.id, items: await reportItems(db, groupNo, campaign.id, roundNo) };
}
