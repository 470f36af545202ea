import type { Executor } from '../../../db/client';
import { listCampaigns, type CampaignRow } from '../../../db/repositories/gasCampaigns';
import { notFound } from '../../domain/shared/domainError';

/** The named campaign, or by default the latest one that has started by `today`. */
export async function resolveCampaign(ex: Executor, id: string | undefined, today: string): Promise<CampaignRow> {
  const all = await listCampaigns(ex);
  if (id !== undefined) {
    const found = all.find((c) => c.id === id);
    if (!found) throw notFound({ zh: '督查活动', en: 'Campaign' });
    return found;
  }
  const started = all.filter((c) => (c.rounds[0]?.startsOn ?? c.issuedOn) <= today);
  const pick = started.at(-1) ?? all.at(-1);
  if (!pick) throw notFound({ zh: '督查活动', en: 'Campaign' });
  return pick;
}

/** The campaign (as resolveCampaign picks it) and its round `roundNo`; 404 when it has none. */
export async function resolveRound(ex: Executor, roundNo: number, campaignId: string | undefined, today: string) {
  const campaign = await resolveCampaign(ex, campaignId, today);
  const round = campaign.rounds.find((r) => r.no === roundNo);
  if (!round) throw notFound({ zh: '轮次', en: 'Round' });
  return { campaign, round };
}
