import type { Db } from '../../../db/client';
import type { Language } from '../../domain/shared/bilingual';
import { resolveSort, sortRows } from '../../domain/shared/table';
import { conflictTable } from '../../domain/underground/conflictTable';
import type { ConflictExportQuery } from '../../routes/underground/schemas';
import { assertExportable, tableFile } from '../shared/tableFile';
import { listConflicts } from './listConflicts';

/** Every 3D conflict, in the list's order, as CSV, XLSX or GeoJSON (each at the centre of the two parcels' extent). */
export async function exportConflictTable(db: Db, { format, sort, dir }: ConflictExportQuery, lang: Language) {
  const { conflicts, total } = await listConflicts(db);
  assertExportable(total);
  return tableFile(conflictTable, sortRows(conflictTable, conflicts, resolveSort(conflictTable, sort, dir), lang), format, lang);
}
