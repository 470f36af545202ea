import type { Db } from '../../../db/client';
import { csvFile } from '../../domain/shared/documentText';
import { feeScheduleHeader, feeScheduleRows } from './feeScheduleRows';

/** The fee schedule as CSV (documentText.ts: BOM, CRLF, formula-safe, control characters dropped). */
export async function feeScheduleCsv(db: Db): Promise<Uint8Array> {
  const rows = await feeScheduleRows(db);
  return csvFile([feeScheduleHeader, ...rows]);
}
