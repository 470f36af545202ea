import { tooLarge } from '../../domain/shared/domainError';
import { cellValue } from '../../domain/shared/documentText';
import type { Language } from '../../domain/shared/bilingual';
import { tableCsv, tableGeoJson, tableMatrix, type ExportFormat, type TableDefinition } from '../../domain/shared/table';
import { geoPackage, shapefileZip } from './gisFiles';

/** The most rows one export writes; a larger filtered set asks the user to narrow the filter. */
export const exportRowLimit = 50_000;

/** Refuses an export past exportRowLimit before any row is read. */
export function assertExportable(total: number): void {
  if (total > exportRowLimit) {
    throw tooLarge({
      zh: `筛选结果共 ${total} 条，超过导出上限 ${exportRowLimit} 条；请缩小筛选范围后再导出`,
      en: `The filter matches ${total} rows, more than the export limit of ${exportRowLimit}; narrow the filter and export again`,
    });
  }
}

export interface TableFile {
  bytes: Uint8Array;
  format: ExportFormat;
  fileName: string;
}

/**
 * A list's rows as the file the user asked for: CSV and XLSX with the column labels and cell words
 * in the caller's language (the same cells as the list); GeoJSON, GeoPackage and zipped Shapefile
 * where the rows have a place or a shape (`layer` names the GIS table and the files in the zip).
 */
export async function tableFile<R>(def: TableDefinition<R>, rows: readonly R[], format: ExportFormat, lang: Language): Promise<TableFile> {
  // exceljs is loaded on first use, not at start (issue 15: restart ≤ 10 s).
  const { default: ExcelJS } = await import('exceljs');
  const base = def.title[lang];
  if (format === 'csv') return { bytes: new TextEncoder().encode(tableCsv(def, rows, lang)), format, fileName: `${base}.csv` };
  if (format === 'geojson') return { bytes: new TextEncoder().encode(JSON.stringify(tableGeoJson(def, rows, lang))), format, fileName: `${base}.geojson` };
  if (format === 'gpkg') return { bytes: await geoPackage(def, rows, lang, def.layer ?? 'features'), format, fileName: `${base}.gpkg` };
  if (format === 'shp') return { bytes: await shapefileZip(def, rows, lang, def.layer ?? 'features'), format, fileName: `${base}.shp.zip` };
  const { header, body } = tableMatrix(def, rows, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'haidong-map';
  const ws = wb.addWorksheet(base.slice(0, 31));
  ws.addRow(header.map(cellValue)).font = { bold: true };
  // Day columns as real Excel dates (UTC midnight, shown as yyyy-mm-dd), not text.
  const dayColumn = def.columns.map((c) => c.date === true);
  for (const r of body) ws.addRow(r.map((v, i) => (dayColumn[i] && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : cellValue(v))));
  ws.columns.forEach((col, i) => {
    if (dayColumn[i]) col.numFmt = 'yyyy-mm-dd';
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((col, i) => {
    const widest = Math.max(...[header[i] ?? '', ...body.slice(0, 500).map((r) => String(r[i] ?? ''))].map((s) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
    col.width = Math.min(60, Math.max(8, widest + 2));
  });
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), format, fileName: `${base}.xlsx` };
}
