import type { Db } from '../../../db/client';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { buildReport } from './buildReport';
import { hazardListXlsx } from './hazardListXlsx';

/** A group's round hazard list (附件2) as a spreadsheet, with the file name the office files it under. */
export async function exportHazardList(db: Db, user: SessionUser, groupNo: number, roundNo: number, campaignId?: string) {
  const r = await buildReport(db, user, groupNo, roundNo, campaignId);
  return { bytes: new Uint8Array(await hazardListXlsx(r)), fileName: `${r.groupName}${r.roundName}隐患问题清单.xlsx` };
}
