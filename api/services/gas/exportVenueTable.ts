import type { Db } from '../../../db/client';
import { venueTableRows } from '../../../db/repositories/gasVenueTable';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { venueTable } from '../../domain/gas/venueTable';
import type { Language } from '../../domain/shared/bilingual';
import { resolveSort } from '../../domain/shared/table';
import type { VenueExportQuery } from '../../routes/gas/schemas';
import { assertExportable, exportRowLimit, tableFile } from '../shared/tableFile';
import { readScope } from './gasActor';

/** Exactly the filtered venue list (same scope, filter and order as the list) as CSV, XLSX or GeoJSON. */
export async function exportVenueTable(db: Db, user: SessionUser, { format, sort, dir, ...filter }: VenueExportQuery, lang: Language) {
  const { rows, total } = await venueTableRows(db, readScope(user), filter, resolveSort(venueTable, sort, dir), { limit: exportRowLimit + 1, offset: 0 });
  assertExportable(total);
  return tableFile(venueTable, rows, format, lang);
}
