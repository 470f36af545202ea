import type ExcelJSTypes from 'exceljs';
import { hazardListColumns } from '../../domain/gas/hazardList';
import type { RoundReport } from '../../domain/gas/roundReport';
import { cellValue } from '../../domain/shared/documentText';

export interface ListThumb {
  thumb: Uint8Array;
  width: number;
  height: number;
}

/** Photo columns after the list's own: the hazard as found and as rectified (≤ 320 px JPEG thumbnails). */
const photoColumns = [
  { key: 'finding', header: '发现照片' },
  { key: 'rectification', header: '整改照片' },
] as const;
/**
 * A cell as Excel means it: days as dates (UTC midnight, so the serial day is the calendar day in
 * any time zone), numbers as numbers, empty as empty, text through the document-text helper.
 */
function typedCell(column: (typeof hazardListColumns)[number], value: string | number): ExcelJSTypes.CellValue {
  const kind = 'kind' in column ? column.kind : undefined;
  if (value === '') return null;
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  if (kind === 'number') return Number(value);
  return cellValue(value);
}

/** Each picture fits a 120 × 90 px box; a row with pictures is as tall as the box (points = px × 0.75). */
const box = { width: 120, height: 90 };

/**
 * 附件2 督导检查发现隐患问题清单 as a spreadsheet, columns as hazardList.ts defines them, followed by
 * the finding photo and the latest rectification photo of each hazard (thumbs by hazard id).
 */
export async function hazardListXlsx(report: RoundReport, thumbs: ReadonlyMap<string, Partial<Record<'finding' | 'rectification', ListThumb>>> = new Map()): Promise<Buffer> {
  // exceljs is loaded on first use, not at start (issue 15: restart ≤ 10 s).
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = report.groupName;
  const sheet = book.addWorksheet('隐患问题清单');
  const width = hazardListColumns.length + photoColumns.length;
  sheet.addRow([cellValue(`附件2 ${report.groupName}${report.roundName}督导检查发现隐患问题清单`)]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).font = { bold: true, size: 14, name: '宋体' };
  sheet.addRow([...hazardListColumns.map((c) => c.header), ...photoColumns.map((c) => c.header)]).font = { bold: true, name: '宋体' };
  for (const row of report.hazardList) {
    const added = sheet.addRow(hazardListColumns.map((c) => typedCell(c, row[c.key])));
    const photos = thumbs.get(row.hazardId);
    if (!photos) continue;
    photoColumns.forEach((c, i) => {
      const p = photos[c.key];
      if (!p) return;
      const scale = Math.min(box.width / p.width, box.height / p.height, 1);
      const image = book.addImage({ buffer: Buffer.from(p.thumb) as unknown as ExcelJSTypes.Buffer, extension: 'jpeg' });
      // tl is zero-based: column hazardListColumns.length + i, row number − 1.
      sheet.addImage(image, { tl: { col: hazardListColumns.length + i, row: added.number - 1 }, ext: { width: Math.round(p.width * scale), height: Math.round(p.height * scale) }, editAs: 'oneCell' });
      added.height = box.height * 0.75;
    });
  }
  // Printed like the DOCX/PDF 附件2: A4 landscape, all columns on one page width, header row repeated.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
  const widths: Record<string, number> = { seq: 6, district: 12, township: 12, venueName: 28, address: 28, lon: 12, lat: 11, venueType: 10, category: 24, description: 36, severity: 10, responsibleUnit: 20, responsiblePerson: 12, measures: 30, foundOn: 12, deadline: 12, status: 12 };
  sheet.columns.forEach((col, i) => {
    const column = hazardListColumns[i];
    col.width = column ? (widths[column.key] ?? 14) : 18;
    if (column && 'kind' in column && column.kind === 'date') col.numFmt = 'yyyy-mm-dd';
    if (column?.key === 'lon' || column?.key === 'lat') col.numFmt = '0.000000';
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
