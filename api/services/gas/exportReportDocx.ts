import type { Db } from '../../../db/client';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { buildReport } from './buildReport';
import { reportDocx } from './reportDocx';

/** A group's round report (附件1) as a Word document, with the file name the office files it under. */
export async function exportReportDocx(db: Db, user: SessionUser, groupNo: number, roundNo: number, campaignId?: string) {
  const r = await buildReport(db, user, groupNo, roundNo, campaignId);
  return { bytes: new Uint8Array(reportDocx(r)), fileName: `${r.groupName}${r.roundName}督查报告.docx` };
}
