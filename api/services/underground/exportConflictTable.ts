import type { Db } from '../../../db/client';
import { conflictOverlaps } from '../../../db/repositories/undergroundTable';
import type { Language } from '../../domain/shared/bilingual';
import { resolveSort, sortRows } from '../../domain/shared/table';
import { conflictTable } from '../../domain/underground/conflictTable';
import type { ConflictExportQuery } from '../../routes/underground/schemas';
import { assertExportable, tableFile } from '../shared/tableFile';
import { listConflicts } from './listConflicts';

/** Every 3D conflict, in the list's order, as CSV, XLSX or GeoJSON (GeoJSON: each conflict as the polygon where the two footprints overlap). */
export async function exportConflictTable(db: Db, { format, sort, dir }: ConflictExportQuery, lang: Language) {
  const { conflicts, total } = await listConflicts(db);
  assertExportable(total);
  const sorted = sortRows(conflictTable, conflicts, resolveSort(conflictTable, sort, dir), lang);
  if (format !== 'geojson') return tableFile(conflictTable, sorted, format, lang);
  const overlaps = await conflictOverlaps(db, sorted.map((c) => [c.a.id, c.b.id] as const));
  return tableFile(conflictTable, sorted.map((c) => ({ ...c, overlap: overlaps.get(`${c.a.id}-${c.b.id}`) })), format, lang);
}
