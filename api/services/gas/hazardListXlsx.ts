import ExcelJS from 'exceljs';
import { hazardListColumns } from '../../domain/gas/hazardList';
import type { RoundReport } from '../../domain/gas/roundReport';
import { cellValue } from '../../domain/shared/documentText';

/** 附件2 督导检查发现隐患问题清单 as a spreadsheet, columns as hazardList.ts defines them. */
export async function hazardListXlsx(report: RoundReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = report.groupName;
  const sheet = book.addWorksheet('隐患问题清单');
  sheet.addRow([cellValue(`附件2 ${report.groupName}${report.roundName}督导检查发现隐患问题清单`)]);
  sheet.mergeCells(1, 1, 1, hazardListColumns.length);
  sheet.getRow(1).font = { bold: true, size: 14, name: '宋体' };
  sheet.addRow(hazardListColumns.map((c) => c.header)).font = { bold: true, name: '宋体' };
  for (const row of report.hazardList) sheet.addRow(hazardListColumns.map((c) => cellValue(row[c.key])));
  // Printed like the DOCX/PDF 附件2: A4 landscape, all columns on one page width, header row repeated.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
  sheet.columns.forEach((col, i) => {
    col.width = [6, 12, 28, 10, 24, 36, 10, 20, 12, 30, 12, 12][i] ?? 14;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
