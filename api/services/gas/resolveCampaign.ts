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
