// Synthetic inspection activity for the demo: visits per round, hazards found on visits with a
// realistic status mix (some overdue), their transition history and the 附件1 non-hazard items.
// Deterministic for the same venues, campaigns, seed, scale and today.
import { addDays, daysBetween, dayNumber } from '../../api/domain/shared/calendarDate';
import { groupForDistrict } from '../../api/domain/gas/accessScope';
import { isDistrictCode } from '../../api/domain/geo/vocabulary';
import {
  enterpriseHazardCategories,
  hazardCategoryLabels,
  isEnterpriseType,
  venueHazardCategories,
  type EnforcementOutcome,
  type HazardCategory,
  type HazardStatus,
  type Severity,
  type VenueType,
} from '../../api/domain/gas/vocabulary';
import { createRng, int, pick, weightedPick } from './random';

export interface ActivityVenue {
  id: number;
  districtCode: string;
  venueType: VenueType;
}
export interface ActivityCampaign {
  id: string;
  rounds: { no: number; startsOn: string; endsOn: string }[];
}
export interface GeneratedVisit {
  venueId: number;
  districtCode: string;
  groupNo: number;
  campaignId: string;
  roundNo: number;
  visitedOn: string;
  inspectors: string;
}
export interface GeneratedHazard {
  venueId: number;
  groupNo: number;
  campaignId: string;
  roundNo: number;
  category: HazardCategory;
  description: string;
  severity: Severity;
  status: HazardStatus;
  responsibleUnit: string;
  responsiblePerson: string;
  measures: string;
  foundOn: string;
  deadline: string;
  interimMeasures: string | null;
  enforcementOutcome: EnforcementOutcome | null;
  fineYuan: number;
  /** The path from found to the current status, with the day of each step. */
  history: { from: HazardStatus | null; to: HazardStatus; on: string; actor: string; role: string }[];
}
export interface GeneratedReportItem {
  groupNo: number;
  campaignId: string;
  roundNo: number;
  kind: 'problem' | 'suggestion' | 'interview';
  text: string;
}

/** Hazards at scale 1 (issue 4: "about 2,500 hazards over both rounds, about 3 % major"). */
export const hazardsAtScale1 = 2_500;

const surnames = ['马', '韩', '李', '王', '张', '祁', '赵', '冶', '陈', '刘'];
const measuresOf: Partial<Record<HazardCategory, string>> = {
  hose_too_long: '更换为不超过2米的专用连接软管',
  hose_not_metal: '更换为金属波纹管',
  regulator_aged: '更换调压器及密封件并做气密性检测',
  alarm_missing: '安装可燃气体报警器并接入切断装置',
};

function pathTo(status: HazardStatus, failedCheck: boolean): HazardStatus[] {
  const base: HazardStatus[] = ['found', 'rectifying', 'rectified', 'verified'];
  const path = base.slice(0, base.indexOf(status) + 1);
  // A failed check sends a rectified hazard back (东政办〔2023〕98号 §四(二)).
  if (failedCheck && status === 'rectifying') return ['found', 'rectifying', 'rectified', 'rectifying'];
  return path;
}

export function generateGasActivity(
  venues: readonly ActivityVenue[],
  campaigns: readonly ActivityCampaign[],
  opts: { seed: string; scale: number; today: string },
): { visits: GeneratedVisit[]; hazards: GeneratedHazard[]; reportItems: GeneratedReportItem[] } {
  const rng = createRng(`${opts.seed}:gas:activity`);
  const today = opts.today;
  const visits: GeneratedVisit[] = [];
  const rounds = campaigns.flatMap((c) => c.rounds.map((r) => ({ campaignId: c.id, ...r }))).filter((r) => r.startsOn <= today);
  for (const round of rounds) {
    const end = round.endsOn < today ? round.endsOn : today;
    const elapsed = (daysBetween(round.startsOn, end) + 1) / (daysBetween(round.startsOn, round.endsOn) + 1);
    const target = (round.no === 1 ? 0.75 : 0.4) * elapsed;
    for (const v of venues) {
      if (rng() >= target || !isDistrictCode(v.districtCode)) continue;
      const areaGroup = groupForDistrict(v.districtCode).no;
      const groupNo = weightedPick(rng, [areaGroup, 8, 9], [92, 5, 3]);
      visits.push({
        venueId: v.id,
        districtCode: v.districtCode,
        groupNo,
        campaignId: round.campaignId,
        roundNo: round.no,
        visitedOn: addDays(round.startsOn, int(rng, 0, daysBetween(round.startsOn, end))),
        inspectors: `${pick(rng, surnames)}某某、${pick(rng, surnames)}某某`,
      });
    }
  }

  const venueById = new Map(venues.map((v) => [v.id, v]));
  const wanted = Math.max(8, Math.round(hazardsAtScale1 * opts.scale));
  const p = Math.min(1, wanted / Math.max(1, visits.length));
  const hazards: GeneratedHazard[] = [];
  for (const visit of visits) {
    if (rng() >= p) continue;
    const venue = venueById.get(visit.venueId)!;
    const category = pick(rng, isEnterpriseType(venue.venueType) ? enterpriseHazardCategories : venueHazardCategories);
    const severity: Severity = rng() < 0.03 ? 'major' : 'general';
    const foundOn = visit.visitedOn;
    const deadline = addDays(foundOn, severity === 'major' ? pick(rng, [15, 30, 45, 60]) : pick(rng, [0, 3, 7, 10, 15, 30]));
    const past = dayNumber(today) > dayNumber(deadline);
    const old = visit.campaignId.endsWith('2023') && !today.startsWith('2023');
    const weights = old ? [1, 3, 6, 90] : past ? [8, 12, 20, 60] : [35, 40, 15, 10];
    const status = weightedPick(rng, ['found', 'rectifying', 'rectified', 'verified'] as const, weights);
    const path = pathTo(status, rng() < 0.08);
    const lastDay = Math.min(dayNumber(today), dayNumber(deadline) + 10);
    const gap = Math.max(0, Math.floor((lastDay - dayNumber(foundOn)) / path.length));
    const inspector = `inspector${visit.groupNo}`;
    const history = path.map((to, i) => ({
      from: i === 0 ? null : path[i - 1]!,
      to,
      on: addDays(foundOn, gap * i),
      // Only an official verifies a major hazard (§五(二) 挂牌督办).
      actor: to === 'verified' && severity === 'major' ? 'official' : inspector,
      role: to === 'verified' && severity === 'major' ? 'official' : 'inspector',
    }));
    const outcome = weightedPick(rng, [null, 'punish', 'close_ban'] as const, [93, 5, 2]);
    hazards.push({
      venueId: visit.venueId,
      groupNo: visit.groupNo,
      campaignId: visit.campaignId,
      roundNo: visit.roundNo,
      category,
      description: `${hazardCategoryLabels[category].zh}（现场检查发现）`,
      severity,
      status,
      responsibleUnit: `${pick(rng, surnames)}氏经营部`,
      responsiblePerson: `${pick(rng, surnames)}某某`,
      measures: measuresOf[category] ?? '按要求立即整改并留存记录',
      foundOn,
      deadline,
      interimMeasures: severity === 'major' && rng() < 0.7 ? '停用相关设施，设置警示标识，专人值守' : null,
      enforcementOutcome: outcome,
      fineYuan: outcome === 'punish' ? int(rng, 2, 50) * 1000 : 0,
      history,
    });
  }

  const reportItems: GeneratedReportItem[] = [];
  for (const round of rounds) {
    for (let groupNo = 1; groupNo <= 9; groupNo++) {
      const add = (kind: GeneratedReportItem['kind'], n: number, text: string) => {
        for (let i = 0; i < n; i++) reportItems.push({ groupNo, campaignId: round.campaignId, roundNo: round.no, kind, text: `${text}${i + 1}` });
      };
      add('problem', int(rng, 1, 5), '行业部门监管问题');
      add('suggestion', int(rng, 1, 4), '工作建议');
      add('interview', int(rng, 0, 4), '约谈');
    }
  }
  return { visits, hazards, reportItems };
}
