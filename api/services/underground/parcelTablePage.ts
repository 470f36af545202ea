import type { Db } from '../../../db/client';
import { parcelTableRows } from '../../../db/repositories/undergroundTable';
import type { Language } from '../../domain/shared/bilingual';
import { resolveSort, tablePage, type TablePage } from '../../domain/shared/table';
import { parcelTable } from '../../domain/underground/parcelTable';
import type { ParcelTableQuery } from '../../routes/underground/schemas';

/** One page of the parcels matching the map's filter, as the list's table. */
export async function parcelTablePage(db: Db, { limit, offset, sort, dir, ...filter }: ParcelTableQuery, lang: Language): Promise<TablePage> {
  const order = resolveSort(parcelTable, sort, dir);
  const { rows, total } = await parcelTableRows(db, filter, order, { limit, offset });
  return tablePage(parcelTable, rows, lang, { total, sort: order, limit, offset });
}
