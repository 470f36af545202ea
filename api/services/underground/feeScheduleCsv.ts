import type { Db } from '../../../db/client';
import { writableText } from '../../domain/shared/controlCharacters';
import { feeScheduleHeader, feeScheduleRows } from './feeScheduleRows';

const csvCell = (v: string | number) => {
  const s = writableText(String(v), 'csv');
  // Formula-looking text is prefixed so spreadsheets do not execute it (CSV injection).
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The fee schedule as CSV, with a BOM so Excel opens the UTF-8 Chinese text correctly. */
export async function feeScheduleCsv(db: Db): Promise<Uint8Array> {
  const rows = await feeScheduleRows(db);
  return new TextEncoder().encode('\ufeff' + [feeScheduleHeader, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n');
}
