import ExcelJS from 'exceljs';
import type { Executor } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { allCases, type CaseFilter } from '../../../db/repositories/educationCases';
import { caseKindLabels, caseStatusLabels } from '../../domain/education/vocabulary';
import type { Actor } from './runCrossCheck';


/** Case list as XLSX with full identities (for the responsible county's officers); audited. */
export async function exportCases(tx: Executor, actor: Actor, filter: Omit<CaseFilter, 'limit' | 'offset'>): Promise<Uint8Array> {
  const cases = await allCases(tx, filter);
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
    sheet.addRow({
      id: c.id,
      kind: caseKindLabels[c.kind].zh,
      status: caseStatusLabels[c.status].zh,
      idNumber: c.idNumber,
      name: c.name,
      birthDate: c.birthDate,
      poverty: c.poverty ? '是' : '否',
      household: c.householdCountyCode,
      student: c.studentCountyCode,
      school: c.schoolCode,
      responsible: c.responsibleCountyCode,
      notify: c.notifyCountyCode,
      openedOn: c.openedOn,
    });
  }
  sheet.getRow(1).font = { bold: true };
  await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'education.cases.export', objectType: 'edu_case', result: 'ok', detail: { filter, rows: cases.length } });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
