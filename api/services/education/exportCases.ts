import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { allCases, type CaseRow } from '../../../db/repositories/educationCases';
import { cellValue } from '../../domain/shared/documentText';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { caseKindLabels, caseStatusLabels } from '../../domain/education/vocabulary';
import type { CaseFullExportQuery } from '../../routes/education/schemas';
import { maskIdNumber, maskName } from '../../domain/education/idNumber';
import { FieldError } from '../../domain/shared/domainError';
import { caseFilterOf } from './caseFilter';

/**
 * Case list as XLSX, within the caller's county scope; audited. Masked like the list (ID to its
 * last 4 characters, name partly, no birth date) unless full identities are chosen explicitly
 * with a reason, which the audit record keeps (PIPL Art. 28/31).
 */
export function exportCases(db: Db, user: SessionUser, q: CaseFullExportQuery): Promise<Uint8Array> {
  const { full = false, reason, ...listQuery } = q;
  if (full && !reason) throw new FieldError('reason', { zh: '导出完整身份证号须填写事由', en: 'is required to export full ID numbers' }, 'reason_required');
  const { limit: _limit, offset: _offset, ...filter } = caseFilterOf(user, listQuery);
  return db.transaction(async (tx) => {
    const cases = await allCases(tx, filter);
    const bytes = await casesWorkbook(cases, full);
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.cases.export', objectType: 'edu_case', result: 'ok', detail: { filter, rows: cases.length, full, ...(full ? { reason } : {}) } });
    return bytes;
  });
}

async function casesWorkbook(cases: readonly CaseRow[], full: boolean): Promise<Uint8Array> {
  // exceljs is loaded on first use, not at start (issue 15: restart ≤ 10 s).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('控辍保学案件');
  sheet.columns = [
    { header: '案件编号', key: 'id', width: 10 },
    { header: '类型', key: 'kind', width: 8 },
    { header: '状态', key: 'status', width: 8 },
    { header: '身份证号', key: 'idNumber', width: 22 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '出生日期', key: 'birthDate', width: 12 },
    { header: '脱贫户', key: 'poverty', width: 8 },
    { header: '户籍县区', key: 'household', width: 10 },
    { header: '学籍县区', key: 'student', width: 10 },
    { header: '学校代码', key: 'school', width: 14 },
    { header: '责任县区', key: 'responsible', width: 10 },
    { header: '函告县区', key: 'notify', width: 10 },
    { header: '立案日期', key: 'openedOn', width: 12 },
  ];
  for (const c of cases) {
    const row = {
      id: c.id,
      kind: caseKindLabels[c.kind].zh,
      status: caseStatusLabels[c.status].zh,
      idNumber: full ? cellValue(c.idNumber) : maskIdNumber(c.idNumber),
      name: full ? cellValue(c.name) : maskName(c.name),
      birthDate: full ? c.birthDate : '',
      poverty: c.poverty ? '是' : '否',
      household: c.householdCountyCode,
      student: c.studentCountyCode,
      school: c.schoolCode,
      responsible: c.responsibleCountyCode,
      notify: c.notifyCountyCode,
      openedOn: c.openedOn,
    };
    sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cellValue(v)])));
  }
  sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
