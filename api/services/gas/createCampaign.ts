import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { campaignExists, insertCampaign } from '../../../db/repositories/gasCampaigns';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { CampaignInput } from '../../routes/gas/schemas';
import { invalid, conflict } from '../../domain/shared/domainError';

/** A new campaign with its rounds (another year is data, campaigns.ts); rounds in order, not overlapping. */
export async function createCampaign(db: Db, user: SessionUser, input: CampaignInput) {
  input.rounds.forEach((r, i) => {
    if (r.no !== i + 1) throw invalid('round_numbers', { zh: '轮次须从 1 起连续编号', en: 'rounds must be numbered 1, 2, …' }, `rounds[${i}].no`);
    if (r.endsOn < r.startsOn) throw invalid('round_dates', { zh: '结束日期早于开始日期', en: 'endsOn is before startsOn' }, `rounds[${i}].endsOn`);
    const prev = input.rounds[i - 1];
    if (prev && r.startsOn <= prev.endsOn) throw invalid('round_overlap', { zh: '轮次时间重叠', en: 'rounds overlap' }, `rounds[${i}].startsOn`);
  });
  return db.transaction(async (tx) => {
    if (await campaignExists(tx, input.id)) throw conflict('campaign_exists', { zh: '督查活动编号已存在', en: 'A campaign with this id exists' }, undefined, 'id');
    await insertCampaign(tx, { ...input, minDaysPerRound: input.minDaysPerRound ?? 7, createdBy: user.username }, input.rounds);
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'gas.campaign.create', objectType: 'gas_campaign', objectId: input.id, result: 'ok' });
    return { id: input.id };
  });
}
