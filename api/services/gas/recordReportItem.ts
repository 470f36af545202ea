import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { insertReportItem } from '../../../db/repositories/gasReports';
import { canWrite } from '../../domain/gas/accessScope';
import { isDistrictCode } from '../../domain/geo/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { ReportItemInput } from '../../routes/gas/schemas';
import { invalid, forbidden } from '../../domain/shared/domainError';
import { assertReportAccess, gasActor, haidongToday } from './gasActor';
import { resolveRound } from './resolveCampaign';

/**
 * Records one 附件1 input of a group and round: a problem, a suggestion, an official talked with,
 * or a department / county government visited. A visited unit names its district, which must be
 * one the user may record in (same rule as venues); item and audit record commit together.
 */
export async function recordReportItem(db: Db, user: SessionUser, groupNo: number, roundNo: number, input: ReportItemInput) {
  assertReportAccess(user, groupNo);
  const today = haidongToday();
  const recordedOn = input.recordedOn ?? today;
  if (recordedOn > today) throw invalid('recorded_in_future', { zh: '日期不能晚于今天', en: 'The day cannot be after today' }, 'recordedOn');
  const isVisit = input.kind === 'department' || input.kind === 'government';
  if (isVisit && !input.districtCode) {
    throw invalid('district_required', { zh: '走访的部门或政府须注明所在片区', en: 'A department or government visited needs its district' }, 'districtCode');
  }
  if (input.districtCode !== undefined) {
    if (!isDistrictCode(input.districtCode)) throw invalid('unknown_district', { zh: `未知片区 ${input.districtCode}`, en: `unknown district ${input.districtCode}` }, 'districtCode');
    if (!canWrite(gasActor(user), input.districtCode)) throw forbidden('districtCode');
  }
  const { campaign } = await resolveRound(db, roundNo, input.campaign, today);
  return db.transaction(async (tx) => {
    const item = await insertReportItem(tx, {
      groupNo,
      campaignId: campaign.id,
      roundNo,
      kind: input.kind,
      text: input.text,
      checklistCategory: input.checklistCategory ?? null,
      districtCode: input.districtCode ?? null,
      recordedOn,
      createdBy: user.username,
    });
    await appendAudit(tx, {
      actor: user.username,
      role: user.role,
      action: 'gas.report.item.create',
      objectType: 'gas_report_item',
      objectId: item.id,
      result: 'ok',
      detail: { groupNo, campaignId: campaign.id, roundNo, kind: input.kind, checklistCategory: input.checklistCategory ?? null, district: input.districtCode ?? null },
    });
    return { ...item, campaignId: campaign.id };
  });
}
