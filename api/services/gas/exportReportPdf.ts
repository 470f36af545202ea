import type { Db } from '../../../db/client';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { assertPdfFonts } from '../documents/officialPdf';
import { buildReport } from './buildReport';
import { reportPdf } from './reportPdf';

/** A group's round report (附件1 with 附件2) as a send-ready PDF, made in-process (no office suite). */
export async function exportReportPdf(db: Db, user: SessionUser, groupNo: number, roundNo: number, campaignId?: string) {
  const r = await buildReport(db, user, groupNo, roundNo, campaignId);
  assertPdfFonts();
  return { bytes: await reportPdf(r), fileName: `${r.groupName}${r.roundName}督查报告.pdf` };
}
