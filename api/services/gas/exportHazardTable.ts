import type { Db } from '../../../db/client';
import { hazardTableRows } from '../../../db/repositories/gasHazardTable';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { hazardTable } from '../../domain/gas/hazardTable';
import type { Language } from '../../domain/shared/bilingual';
import { resolveSort } from '../../domain/shared/table';
import type { HazardExportQuery } from '../../routes/gas/schemas';
import { assertExportable, exportRowLimit, tableFile } from '../shared/tableFile';
import { haidongToday, readScope } from './gasActor';
import { judgedOn } from '../../domain/gas/statusAsOf';

/** Exactly the filtered hazard list (same scope, filter and order as the list) as CSV, XLSX or GeoJSON. */
export async function exportHazardTable(db: Db, user: SessionUser, { format, sort, dir, ...filter }: HazardExportQuery, lang: Language) {
  const today = judgedOn(filter.asOf, haidongToday());
  const def = hazardTable(today);
  const { rows, total } = await hazardTableRows(db, readScope(user), filter, today, resolveSort(def, sort, dir), { limit: exportRowLimit + 1, offset: 0 });
  assertExportable(total);
  return tableFile(def, rows, format, lang);
}
