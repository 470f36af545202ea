import type { Db } from '../../../db/client';
import { hazardRows } from '../../../db/repositories/gasHazards';
import { reportItemCounts, reportItems, reportTexts } from '../../../db/repositories/gasReports';
import { groupRoundVisits } from '../../../db/repositories/gasVisits';
import type { DistrictCode } from '../../domain/geo/vocabulary';
import { roundReport, type ReportSection, type RoundReport } from '../../domain/gas/roundReport';
import type { EnforcementOutcome } from '../../domain/gas/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { assertReportAccess, haidongToday } from './gasActor';
import { resolveRound } from './resolveCampaign';

/**
 * 附件1 for one group and round: figures from the group's OWN visits, hazards and items only
 * (roundReport asserts it), the saved text sections over the template, and 附件2.
 */
export async function buildReport(
  db: Db,
  user: SessionUser,
  groupNo: number,
  roundNo: number,
  campaignId?: string,
): Promise<RoundReport & { campaignId: string }> {
  assertReportAccess(user, groupNo);
  const today = haidongToday();
  const { campaign, round } = await resolveRound(db, roundNo, campaignId, today);
  const [visits, hazards, items, inputs, texts] = await Promise.all([
    groupRoundVisits(db, groupNo, campaign.id, roundNo),
    hazardRows(db, { all: true }, { group: groupNo, campaign: campaign.id, round: roundNo }, today),
    reportItemCounts(db, groupNo, campaign.id, roundNo),
    reportItems(db, groupNo, campaign.id, roundNo),
    reportTexts(db, groupNo, campaign.id, roundNo),
  ]);
  // Departments and governments visited are report inputs, not venue visits; a department is
  // counted once however often it was visited (its name is its identity).
  const unitVisits = inputs
    .filter((i) => (i.kind === 'department' || i.kind === 'government') && i.districtCode !== null)
    .map((i) => ({
      groupNo,
      on: i.recordedOn ?? round.startsOn,
      district: i.districtCode as DistrictCode,
      target: { kind: i.kind as 'department' | 'government', id: `${i.kind}:${i.text.trim()}`, name: i.text.trim() },
    }));
  const many = (n: number) => Array.from({ length: n }, () => ({ groupNo }));
  const report = roundReport({
    groupNo,
    round: { no: round.no, name: { zh: round.nameZh, en: round.nameEn }, startsOn: round.startsOn, endsOn: round.endsOn, reportDueOn: round.reportDueOn, article: campaign.document },
    visits: [
      ...visits.map((v) => ({
        groupNo,
        on: v.on,
        district: v.district as DistrictCode,
        target: { kind: v.targetKind, id: String(v.venueId), name: v.venueName },
      })),
      ...unitVisits,
    ],
    problems: many(items.problems),
    suggestions: many(items.suggestions),
    interviews: many(items.interviews),
    hazards: hazards.map((h) => ({ ...h, id: String(h.id), district: h.districtCode as DistrictCode, foundOn: h.foundAt })),
    daysRule: {
      venueVisits: visits.map((v) => ({ district: v.district as DistrictCode, on: v.on })),
      minDaysPerRound: campaign.minDaysPerRound,
      document: campaign.document,
      today,
    },
    enforcements: hazards
      .filter((h) => h.enforcementOutcome !== null)
      .map((h) => ({ groupNo, enterpriseId: String(h.venueId), outcome: h.enforcementOutcome as EnforcementOutcome, fineYuan: Number(h.fineYuan) })),
  });
  const withTexts = (s: ReportSection): ReportSection => ({
    ...s,
    body: texts[s.key] ?? s.body,
    ...(s.children ? { children: s.children.map(withTexts) } : {}),
  });
  return { ...report, sections: report.sections.map(withTexts), campaignId: campaign.id };
}
