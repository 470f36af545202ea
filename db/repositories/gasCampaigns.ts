import { asc, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import { gasCampaigns, gasGroups, gasRounds } from '../schema/gas';

export interface RoundRow {
  no: number;
  nameZh: string;
  nameEn: string;
  startsOn: string;
  endsOn: string;
  reportDueOn: string;
}

export interface CampaignRow {
  id: string;
  document: string;
  title: string;
  issuedOn: string;
  minDaysPerRound: number;
  rounds: RoundRow[];
}

export async function listCampaigns(ex: Executor): Promise<CampaignRow[]> {
  const campaigns = await ex.select().from(gasCampaigns).orderBy(asc(gasCampaigns.issuedOn), asc(gasCampaigns.id));
  const rounds = await ex.select().from(gasRounds).orderBy(asc(gasRounds.campaignId), asc(gasRounds.no));
  return campaigns.map((c) => ({
    id: c.id,
    document: c.document,
    title: c.title,
    issuedOn: c.issuedOn,
    minDaysPerRound: c.minDaysPerRound,
    rounds: rounds
      .filter((r) => r.campaignId === c.id)
      .map((r) => ({ no: r.no, nameZh: r.nameZh, nameEn: r.nameEn, startsOn: r.startsOn, endsOn: r.endsOn, reportDueOn: r.reportDueOn })),
  }));
}

export async function campaignExists(ex: Executor, id: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(ex, sql`select 1 as one from gas_campaigns where id = ${id}`);
  return rows.length > 0;
}

export async function insertCampaign(
  ex: Executor,
  c: Omit<CampaignRow, 'rounds'> & { createdBy: string | null },
  rounds: readonly RoundRow[],
): Promise<void> {
  await ex.insert(gasCampaigns).values(c);
  await ex.insert(gasRounds).values(rounds.map((r) => ({ ...r, campaignId: c.id })));
}

/** The campaign round that contains a day, latest campaign first; undefined between rounds. */
export async function roundContaining(ex: Executor, day: string): Promise<{ campaignId: string; roundNo: number } | undefined> {
  const [row] = await queryRows<{ campaignId: string; roundNo: number }>(
    ex,
    sql`select campaign_id as "campaignId", no as "roundNo" from gas_rounds
        where ${day}::date between starts_on and ends_on order by starts_on desc limit 1`,
  );
  return row;
}

export async function listGroups(ex: Executor) {
  return ex.select().from(gasGroups).orderBy(asc(gasGroups.no));
}
