// Checks an uploaded register (四查: 户籍, 学籍, 在校, 脱贫户) before anything is written: which
// column holds which field, and every row's values. Malformed ID numbers are warnings (the
// cross-check reports them per row, 人籍存疑); missing values and bad dates are errors. Messages
// name fields and rows, never cell contents: those are minors' personal data. No I/O.
import { isRealDate } from '../shared/calendarDate';
import { invalid } from '../shared/domainError';
import type { StoredRegisterRow } from './crossCheckCases';
import { idNumberProblem } from './idNumber';
import { registerFields, type RegisterField, type RegisterKind } from './vocabulary';

/** A file read as text: its header row and the rows below it. */
export type Table = { header: string[]; rows: string[][] };

/** Fields each register must carry. */
export const requiredFields: Record<RegisterKind, readonly RegisterField[]> = {
  household: ['idNumber', 'name', 'birthDate', 'countyCode'],
  students: ['idNumber', 'schoolCode', 'countyCode'],
  in_school: ['idNumber'],
  poverty: ['idNumber'],
};

/** Column headers recognised without a mapping. */
const defaultHeaders: Record<RegisterField, readonly string[]> = {
  idNumber: ['idNumber', 'id', '身份证号', '身份证号码', '公民身份号码'],
  name: ['name', '姓名'],
  birthDate: ['birthDate', '出生日期'],
  countyCode: ['countyCode', '县区代码', '区划代码', '户籍县区代码', '学籍县区代码'],
  schoolCode: ['schoolCode', '学校代码', '学校标识码'],
};

export interface RowIssue {
  /** 1-based line in the file (the header is line 1). */
  row: number;
  field: RegisterField;
  code: string;
  message: string;
}

export interface CheckedRegister {
  rows: StoredRegisterRow[];
  errors: RowIssue[];
  warnings: RowIssue[];
}

export type ColumnMapping = Partial<Record<RegisterField, string>>;

/** Column of each field: the mapped header, else a known one; a required field must have one. */
function columnIndexes(kind: RegisterKind, header: readonly string[], mapping: ColumnMapping) {
  const out: Partial<Record<RegisterField, number>> = {};
  for (const field of registerFields) {
    const wanted = mapping[field] ? [mapping[field]!] : defaultHeaders[field];
    const at = header.findIndex((h) => wanted.includes(h));
    if (at >= 0) out[field] = at;
    else if (mapping[field]) throw invalid('unknown_column', { zh: `列映射 ${field} 指向的列不存在`, en: `The column mapped to ${field} is not in the file` }, `mapping.${field}`);
    else if (requiredFields[kind].includes(field)) throw invalid('missing_column', { zh: `缺少必需的列：${field}`, en: `Required column missing: ${field}` }, `mapping.${field}`);
  }
  return out;
}

const isDateText = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(+v.slice(0, 4), +v.slice(5, 7), +v.slice(8, 10));

/** Every row of the table as a register row, with the errors and warnings found, row by row. */
export function checkRegisterTable(kind: RegisterKind, table: Table, mapping: ColumnMapping): CheckedRegister {
  const cols = columnIndexes(kind, table.header, mapping);
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const rows: StoredRegisterRow[] = [];
  table.rows.forEach((cells, k) => {
    const line = k + 2;
    const get = (f: RegisterField) => (cols[f] === undefined ? null : (cells[cols[f]!] ?? '').trim() || null);
    const row: StoredRegisterRow = { idNumber: get('idNumber') ?? '', name: get('name'), birthDate: get('birthDate'), countyCode: get('countyCode'), schoolCode: get('schoolCode') };
    for (const f of requiredFields[kind]) {
      if (!get(f)) errors.push({ row: line, field: f, code: 'required', message: `${f} is empty` });
    }
    if (row.birthDate && !isDateText(row.birthDate)) errors.push({ row: line, field: 'birthDate', code: 'invalid_date', message: 'birthDate is not a date YYYY-MM-DD' });
    if (row.countyCode && !/^\d{6}$/.test(row.countyCode)) errors.push({ row: line, field: 'countyCode', code: 'invalid_county_code', message: 'countyCode must have 6 digits' });
    if (row.idNumber) {
      const problem = idNumberProblem(row.idNumber, kind === 'household' && row.birthDate ? row.birthDate : undefined);
      if (problem) warnings.push({ row: line, field: 'idNumber', code: problem, message: `ID number: ${problem}` });
    }
    rows.push(row);
  });
  return { rows, errors, warnings };
}
