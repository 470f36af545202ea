import type ExcelJSTypes from 'exceljs';
import type { Table } from '../../domain/education/registerTable';
import { invalid } from '../../domain/shared/domainError';
import { parseCsvRows } from '../../domain/shared/csv';

// Reads an uploaded register (CSV or XLSX, first sheet) into a header and string rows. Cell
// contents never appear in error messages: they are minors' personal data.

function cellText(value: ExcelJSTypes.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJSTypes.CellValue);
    return '';
  }
  return String(value);
}

async function readXlsx(buffer: ArrayBuffer): Promise<string[][]> {
  // exceljs is loaded on first use, not at start (issue 15: restart ≤ 10 s).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch {
    throw invalid('unreadable_file', { zh: '无法读取 XLSX 文件', en: 'The XLSX file could not be read' }, 'file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(cellText(row.getCell(c).value).trim());
    rows.push(values);
  });
  return rows;
}

export async function readRegisterFile(file: File): Promise<Table> {
  const name = file.name.toLowerCase();
  const buffer = await file.arrayBuffer();
  const isXlsx = name.endsWith('.xlsx') || file.type.includes('spreadsheetml');
  let rows: string[][];
  if (isXlsx) rows = await readXlsx(buffer);
  else if (name.endsWith('.csv') || file.type.startsWith('text/')) {
    rows = parseCsvRows(new TextDecoder('utf-8').decode(buffer).replace(/^\uFEFF/, '')).map((r) => r.map((c) => c.trim()));
  } else {
    throw invalid('unsupported_file_type', { zh: '仅支持 CSV 或 XLSX 文件', en: 'Only CSV or XLSX files are accepted' }, 'file');
  }
  const [header, ...body] = rows;
  if (!header || header.every((h) => h === '')) throw invalid('empty_file', { zh: '文件没有表头', en: 'The file has no header row' }, 'file');
  return { header, rows: body };
}
