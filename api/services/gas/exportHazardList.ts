import type { Db } from '../../../db/client';
import { exportThumbs } from '../../../db/repositories/gasHazardPhotos';
import { listPhotos } from '../../domain/gas/photos';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { buildReport } from './buildReport';
import { hazardListXlsx, type ListThumb } from './hazardListXlsx';

/**
 * A group's round hazard list (附件2) as a spreadsheet, with the file name the office files it
 * under; each hazard's finding photo and latest rectification photo embedded as thumbnails.
 */
export async function exportHazardList(db: Db, user: SessionUser, groupNo: number, roundNo: number, campaignId?: string) {
  const r = await buildReport(db, user, groupNo, roundNo, campaignId);
  const photos = listPhotos(await exportThumbs(db, r.hazardList.map((h) => Number(h.hazardId))));
  const thumbs = new Map<string, Partial<Record<'finding' | 'rectification', ListThumb>>>();
  for (const [hazardId, p] of photos) thumbs.set(String(hazardId), p);
  return { bytes: new Uint8Array(await hazardListXlsx(r, thumbs)), fileName: `${r.groupName}${r.roundName}隐患问题清单.xlsx` };
}
