import ExcelJS from 'exceljs';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { allCases, type CaseRow } from '../../../db/repositories/educationCases';
import { cellValue } from '../../domain/shared/documentText';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { caseKindLabels, caseStatusLabels } from '../../domain/education/vocabulary';
import type { CaseListQuery } from '../../routes/education/schemas';
import { caseFilterOf } from './caseFilter';

/** Case list as XLSX with full identities (for the responsible county's officers); audited. */
export function exportCases(db: Db, user: SessionUser, q: CaseListQuery): Promise<Uint8Array> {
  const { limit: _limit, offset: _offset, ...filter } = caseFilterOf(q);
  return db.transaction(async (tx) => {
    const cases = await allCases(tx, filter);
    const bytes = await casesWorkbook(cases);
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.cases.export', objectType: 'edu_case', result: 'ok', detail: { filter, rows: cases.length } });
    return bytes;
  });
}

async function casesWorkbook(cases: readonly CaseRow[]): Promise<Uint8Array> {
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
      idNumber: cellValue(c.idNumber),
      name: cellValue(c.name),
      birthDate: c.birthDate,
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
