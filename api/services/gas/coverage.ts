import type { Db } from '../../../db/client';
import { coverageCounts, outsideRoundCounts } from '../../../db/repositories/gasVisits';
import { inspectionDaysCheck, roundRule } from '../../domain/gas/campaigns';
import { canRead } from '../../domain/gas/accessScope';
import { districtCodes, districtNames, type DistrictCode } from '../../domain/geo/vocabulary';
import { areaGroups } from '../../domain/gas/inspectionGroups';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { gasActor, haidongToday, readScope } from './gasActor';
import { resolveCampaign } from './resolveCampaign';

/**
 * Share of each district's venues visited per group per round (东政办〔2023〕98号 §一(三)
 * "被督查县区全覆盖"), the same rows as domain roundCoverage, aggregated in SQL; only districts
 * the user may read. Each row also counts the group's inspection days there in the round against
 * "每次督查时间不少于一周" (§一(一), inspectionDaysCheck).
 */
export async function coverage(db: Db, user: SessionUser, campaignId?: string) {
  const scope = readScope(user);
  const today = haidongToday();
  const campaign = await resolveCampaign(db, campaignId, today);
  const roundByNo = new Map(campaign.rounds.map((r) => [r.no, r]));
  const counts = await coverageCounts(db, scope, campaign.id);
  const venues = new Map(counts.venues.map((v) => [v.district, v.n]));
  const visited = new Map(counts.visited.map((v) => [`${v.groupNo}|${v.roundNo}|${v.district}`, v.n]));
  const days = new Map(counts.visited.map((v) => [`${v.groupNo}|${v.roundNo}|${v.district}`, v.days]));
  const actor = gasActor(user);
  const rows = [];
  for (const round of campaign.rounds) {
    for (const g of areaGroups) {
      if (canRead(actor, g.districtCode)) rows.push(row(g.no, round.no, g.districtCode));
    }
    for (const groupNo of [8, 9]) {
      for (const d of districtCodes) if (visited.has(`${groupNo}|${round.no}|${d}`)) rows.push(row(groupNo, round.no, d));
    }
  }
  function row(groupNo: number, roundNo: number, district: DistrictCode) {
    const n = venues.get(district) ?? 0;
    const key = `${groupNo}|${roundNo}|${district}`;
    const v = visited.get(key) ?? 0;
    return {
      groupNo,
      roundNo,
      district,
      districtName: districtNames[district].zh,
      venues: n,
      visited: v,
      share: n === 0 ? null : v / n,
      ...inspectionDaysCheck(days.get(key) ?? 0, campaign.minDaysPerRound, roundByNo.get(roundNo)!, today),
    };
  }
  // Records outside every round belong to no campaign: counted here so none is invisible (roundRule).
  const outsideRound = await outsideRoundCounts(db, scope);
  return { campaignId: campaign.id, rounds: campaign.rounds, rows, outsideRound, roundRule };
}
