import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { saveReportText } from '../../../db/repositories/gasReports';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { invalid } from '../../domain/shared/domainError';
import { sectionKeys } from '../../domain/gas/roundReport';
import { buildReport } from './buildReport';

/** Saves edited text sections of a group's round report; figures are never editable (from data). */
export async function saveReportTexts(
  db: Db,
  user: SessionUser,
  groupNo: number,
  roundNo: number,
  campaignId: string | undefined,
  sections: Record<string, string>,
) {
  const report = await buildReport(db, user, groupNo, roundNo, campaignId);
  const keys = sectionKeys(report);
  for (const key of Object.keys(sections)) {
    if (!keys.includes(key)) throw invalid('unknown_section', { zh: `未知章节 ${key}`, en: `unknown section ${key}` }, `sections.${key}`);
  }
  await db.transaction(async (tx) => {
    for (const [sectionKey, body] of Object.entries(sections)) {
      await saveReportText(tx, { groupNo, campaignId: report.campaignId, roundNo, sectionKey, body, updatedBy: user.username });
    }
    await appendAudit(tx, {
      actor: user.username,
      role: user.role,
      action: 'gas.report.edit',
      objectType: 'gas_report',
      objectId: `${report.campaignId}/${groupNo}/${roundNo}`,
      result: 'ok',
      detail: { sections: Object.keys(sections) },
    });
  });
  return buildReport(db, user, groupNo, roundNo, report.campaignId);
}
