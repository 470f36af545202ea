import { withIndexesDeferred } from '../../../db/bulk';
import type { Tx } from '../../../db/client';
import { campaignExists, insertCampaign, listCampaigns } from '../../../db/repositories/gasCampaigns';
import { insertHazards, insertTransitions } from '../../../db/repositories/gasHazards';
import { insertReportItems } from '../../../db/repositories/gasReports';
import { allVenues, insertVenues } from '../../../db/repositories/gasVenues';
import { insertVisits } from '../../../db/repositories/gasVisits';
import { generateGasActivity } from '../../../data/generate/gasActivity';
import { generateGasVenues } from '../../../data/generate/gasVenues';
import { campaigns as campaignData } from '../../domain/gas/campaigns';
import type { DemoSeeder } from '../demo/seeders';

/**
 * The current campaign: the 2023 round calendar (东政办〔2023〕98号 §一(一)) moved to the latest
 * year whose first round has started by `today`, so a demo user sees live deadlines.
 */
export function currentCampaignYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today >= `${year}-10-13` ? year : year - 1;
}

async function ensureCurrentCampaign(tx: Tx, today: string): Promise<void> {
  const year = currentCampaignYear(today);
  const template = campaignData[0]!;
  const id = `haidong-gas-${year}`;
  if (await campaignExists(tx, id)) return;
  const shift = (d: string) => `${year}${d.slice(4)}`;
  await insertCampaign(
    tx,
    {
      id,
      document: `${template.document}（${year}年演示）`,
      title: `${year}年${template.title}`,
      issuedOn: shift(template.issuedOn),
      minDaysPerRound: template.minDaysPerRound,
      createdBy: 'demo',
    },
    template.rounds.map((r) => ({
      no: r.no,
      nameZh: r.name.zh,
      nameEn: r.name.en,
      startsOn: shift(r.startsOn),
      endsOn: shift(r.endsOn),
      reportDueOn: shift(r.reportDueOn),
    })),
  );
}

export const gasDemoSeeder: DemoSeeder = {
  name: 'gas',
  table: 'gas_venues',
  async run(tx, ctx) {
    await ensureCurrentCampaign(tx, ctx.today);
    const inserted = await insertVenues(tx, generateGasVenues(ctx.geography, ctx));
    // Districts were decided in SQL from the locations; the activity is generated from what is stored.
    const venues = await allVenues(tx, { all: true });
    const campaigns = await listCampaigns(tx);
    const activity = generateGasActivity(venues, campaigns, ctx);
    await withIndexesDeferred(tx, 'gas_visits', () =>
      insertVisits(tx, activity.visits.map((v) => ({ ...v, targetKind: 'enterprise' as const, createdBy: 'demo' }))),
    );
    const venueById = new Map(venues.map((v) => [v.id, v]));
    const ids = await insertHazards(
      tx,
      activity.hazards.map(({ history: _history, ...h }) => {
        const v = venueById.get(h.venueId)!;
        return {
          ...h,
          districtCode: v.districtCode,
          countyCode: v.countyCode,
          venueType: v.venueType,
          geom: { type: 'Point' as const, coordinates: [v.lon, v.lat] },
          createdBy: 'demo',
        };
      }),
    );
    await insertTransitions(
      tx,
      activity.hazards.flatMap((h, i) =>
        h.history.map((s) => ({
          hazardId: ids[i]!,
          fromStatus: s.from,
          toStatus: s.to,
          actor: s.actor,
          role: s.role,
          note: null,
          at: new Date(`${s.on}T10:00:00+08:00`),
        })),
      ),
    );
    await insertReportItems(tx, activity.reportItems);
    ctx.log(`  gas: ${inserted} venues, ${activity.visits.length} visits, ${activity.hazards.length} hazards`);
  },
};
