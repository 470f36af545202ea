import type { Db } from '../../../db/client';
import { venueTableRows } from '../../../db/repositories/gasVenueTable';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { venueTable } from '../../domain/gas/venueTable';
import type { Language } from '../../domain/shared/bilingual';
import { resolveSort, tablePage, type TablePage } from '../../domain/shared/table';
import type { VenueTableQuery } from '../../routes/gas/schemas';
import { readScope } from './gasActor';

/** One page of the venues the user may read, with the map's filter, as the list's table. */
export async function venueTablePage(db: Db, user: SessionUser, { limit, offset, sort, dir, ...filter }: VenueTableQuery, lang: Language): Promise<TablePage> {
  const order = resolveSort(venueTable, sort, dir);
  const { rows, total } = await venueTableRows(db, readScope(user), filter, order, { limit, offset });
  return tablePage(venueTable, rows, lang, { total, sort: order, limit, offset });
}
