import type { Db } from '../../../db/client';
import { hazardTableRows } from '../../../db/repositories/gasHazardTable';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { hazardTable } from '../../domain/gas/hazardTable';
import type { Language } from '../../domain/shared/bilingual';
import { resolveSort, tablePage, type TablePage } from '../../domain/shared/table';
import type { HazardTableQuery } from '../../routes/gas/schemas';
import { haidongToday, readScope } from './gasActor';
import { judgedOn } from '../../domain/gas/statusAsOf';

/** One page of the hazards the user may read, with the filter of the map, as the list's table. */
export async function hazardTablePage(db: Db, user: SessionUser, { limit, offset, sort, dir, ...filter }: HazardTableQuery, lang: Language): Promise<TablePage> {
  // Overdue and days overdue as they stood on the slider's day (statusAsOf.ts).
  const today = judgedOn(filter.asOf, haidongToday());
  const def = hazardTable(today);
  const order = resolveSort(def, sort, dir);
  const { rows, total } = await hazardTableRows(db, readScope(user), filter, today, order, { limit, offset });
  return tablePage(def, rows, lang, { total, sort: order, limit, offset });
}
