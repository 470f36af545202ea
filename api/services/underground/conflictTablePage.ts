import type { Db } from '../../../db/client';
import type { Language } from '../../domain/shared/bilingual';
import { resolveSort, sortRows, tablePage, type TablePage } from '../../domain/shared/table';
import { conflictTable } from '../../domain/underground/conflictTable';
import type { ConflictTableQuery } from '../../routes/underground/schemas';
import { listConflicts } from './listConflicts';

/** One page of the city's 3D conflicts (computed by listConflicts), sorted in memory, as the list's table. */
export async function conflictTablePage(db: Db, { limit, offset, sort, dir }: ConflictTableQuery, lang: Language): Promise<TablePage> {
  const order = resolveSort(conflictTable, sort, dir);
  const { conflicts, total } = await listConflicts(db);
  const rows = sortRows(conflictTable, conflicts, order, lang).slice(offset, offset + limit);
  return tablePage(conflictTable, rows, lang, { total, sort: order, limit, offset });
}
