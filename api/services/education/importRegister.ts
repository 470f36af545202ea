import type { Executor } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { createRegisterImport, insertRegisterRows, type RegisterRow } from '../../../db/repositories/educationRegisters';
import type { RegisterKind } from '../../domain/education/vocabulary';
import { idNumberProblem } from '../../domain/education/idNumber';
import { isRealDate } from '../../domain/shared/calendarDate';
import { DomainError, invalid } from '../../domain/shared/domainError';
import type { Actor } from './runCrossCheck';
import type { Table } from './readRegisterFile';
import { invalidateEducationAnalyses } from './storedCoverage';

export const registerFieldNames = ['idNumber', 'name', 'birthDate', 'countyCode', 'schoolCode'] as const;
export type RegisterFieldName = (typeof registerFieldNames)[number];

/** Fields each register must carry (四查: 户籍, 学籍, 在校, 脱贫户). */
export const requiredFields: Record<RegisterKind, readonly RegisterFieldName[]> = {
  household: ['idNumber', 'name', 'birthDate', 'countyCode'],
  students: ['idNumber', 'schoolCode', 'countyCode'],
  in_school: ['idNumber'],
  poverty: ['idNumber'],
};

/** Column headers recognised without a mapping. */
const defaultHeaders: Record<RegisterFieldName, readonly string[]> = {
  idNumber: ['idNumber', 'id', '身份证号', '身份证号码', '公民身份号码'],
  name: ['name', '姓名'],
  birthDate: ['birthDate', '出生日期'],
  countyCode: ['countyCode', '县区代码', '区划代码', '户籍县区代码', '学籍县区代码'],
  schoolCode: ['schoolCode', '学校代码', '学校标识码'],
};

export interface RowIssue {
  /** 1-based line in the file (the header is line 1). */
  row: number;
  field: RegisterFieldName;
  code: string;
  message: string;
}

function columnIndexes(kind: RegisterKind, header: string[], mapping: Partial<Record<RegisterFieldName, string>>) {
  const out: Partial<Record<RegisterFieldName, number>> = {};
  for (const field of registerFieldNames) {
    const wanted = mapping[field] ? [mapping[field]!] : defaultHeaders[field];
    const at = header.findIndex((h) => wanted.includes(h));
    if (at >= 0) out[field] = at;
    else if (mapping[field]) throw invalid('unknown_column', { zh: `列映射 ${field} 指向的列不存在`, en: `The column mapped to ${field} is not in the file` }, `mapping.${field}`);
    else if (requiredFields[kind].includes(field)) throw invalid('missing_column', { zh: `缺少必需的列：${field}`, en: `Required column missing: ${field}` }, `mapping.${field}`);
  }
  return out;
}

/**
 * Validates every row and imports the register all-or-nothing. Malformed ID numbers are
 * warnings (the cross-check reports them per row); missing values and bad dates are errors.
 */
export async function importRegister(
  tx: Executor,
  actor: Actor,
  input: { kind: RegisterKind; asOf: string; table: Table; mapping: Partial<Record<RegisterFieldName, string>>; source: string },
  onProgress?: (done: number, total: number) => void,
) {
  const cols = columnIndexes(input.kind, input.table.header, input.mapping);
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const rows: RegisterRow[] = [];
  input.table.rows.forEach((cells, k) => {
    const line = k + 2;
    const get = (f: RegisterFieldName) => (cols[f] === undefined ? null : (cells[cols[f]!] ?? '').trim() || null);
    const row: RegisterRow = { idNumber: get('idNumber') ?? '', name: get('name'), birthDate: get('birthDate'), countyCode: get('countyCode'), schoolCode: get('schoolCode') };
    for (const f of requiredFields[input.kind]) {
      if (!get(f)) errors.push({ row: line, field: f, code: 'required', message: `${f} is empty` });
    }
    if (row.birthDate && !(/^\d{4}-\d{2}-\d{2}$/.test(row.birthDate) && isRealDate(+row.birthDate.slice(0, 4), +row.birthDate.slice(5, 7), +row.birthDate.slice(8, 10)))) {
      errors.push({ row: line, field: 'birthDate', code: 'invalid_date', message: 'birthDate is not a date YYYY-MM-DD' });
    }
    if (row.countyCode && !/^\d{6}$/.test(row.countyCode)) errors.push({ row: line, field: 'countyCode', code: 'invalid_county_code', message: 'countyCode must have 6 digits' });
    if (row.idNumber) {
      const problem = idNumberProblem(row.idNumber, input.kind === 'household' && row.birthDate ? row.birthDate : undefined);
      if (problem) warnings.push({ row: line, field: 'idNumber', code: problem, message: `ID number: ${problem}` });
    }
    rows.push(row);
  });
  const report = { kind: input.kind, asOf: input.asOf, rows: rows.length, valid: errors.length === 0, errors: errors.slice(0, 1000), errorCount: errors.length, warnings: warnings.slice(0, 1000), warningCount: warnings.length };
  if (errors.length > 0 || rows.length === 0) {
    throw new DomainError(
      'unprocessable',
      rows.length === 0 ? 'empty_register' : 'invalid_rows',
      rows.length === 0
        ? { zh: '文件没有数据行，未导入', en: 'The file has no data rows; nothing was imported' }
        : { zh: `${errors.length} 处错误，未导入任何行`, en: `${errors.length} error(s); nothing was imported` },
      errors[0] ? `rows[${errors[0].row}].${errors[0].field}` : 'file',
      report,
    );
  }
  const importId = await createRegisterImport(tx, { kind: input.kind, asOf: input.asOf, source: input.source, importedBy: actor.username });
  await insertRegisterRows(tx, importId, rows, onProgress);
  await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'education.register.import', objectType: 'edu_register_import', objectId: importId, result: 'ok', detail: { kind: input.kind, asOf: input.asOf, rows: rows.length, warnings: warnings.length } });
  invalidateEducationAnalyses();
  return { importId, importedRows: rows.length, ...report };
}
