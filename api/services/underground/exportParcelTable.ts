import type { Db } from '../../../db/client';
import { parcelTableRows } from '../../../db/repositories/undergroundTable';
import type { Language } from '../../domain/shared/bilingual';
import { resolveSort } from '../../domain/shared/table';
import { parcelTable } from '../../domain/underground/parcelTable';
import type { ParcelExportQuery } from '../../routes/underground/schemas';
import { assertExportable, exportRowLimit, tableFile } from '../shared/tableFile';

/** Exactly the filtered parcel list, in the list's order, as CSV, XLSX, or with the footprint polygons as GeoJSON, GeoPackage or zipped Shapefile. */
export async function exportParcelTable(db: Db, { format, sort, dir, ...filter }: ParcelExportQuery, lang: Language) {
  const { rows, total } = await parcelTableRows(db, filter, resolveSort(parcelTable, sort, dir), { limit: exportRowLimit + 1, offset: 0 }, format !== 'csv' && format !== 'xlsx');
  assertExportable(total);
  return tableFile(parcelTable, rows, format, lang);
}
