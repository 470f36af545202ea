// The dropout-case list tied to the education map (issue 11), masked as every list of children is
// (PIPL Art. 28; maskedCase.ts: ID number to its last 4 characters, the name partly). A case is
// placed on the map at its child's township, never at the home. No I/O.
import type { TableDefinition } from '../shared/table';
import { countyNames, isCountyCode } from '../geo/vocabulary';
import { maskIdNumber, maskName } from './idNumber';
import { caseKindLabels, caseStatusLabels, type CaseKind, type CaseStatus } from './vocabulary';

export interface CaseTableRow {
  id: number;
  name: string;
  idNumber: string;
  kind: CaseKind;
  status: CaseStatus;
  poverty: boolean;
  responsibleCountyCode: string;
  openedOn: string;
  townshipBbox: [number, number, number, number] | null;
}

const county = (code: string, l: 'zh' | 'en') => (isCountyCode(code) ? countyNames[code][l] : code);

export const caseTable: TableDefinition<CaseTableRow> = {
  title: { zh: '控辍保学案件清单（脱敏）', en: 'Dropout cases (masked)' },
  id: (r) => r.id,
  place: (r) => (r.townshipBbox ? { bbox: r.townshipBbox } : null),
  defaultSort: { key: 'id', dir: 'asc' },
  columns: [
    { key: 'id', label: { zh: '案件编号', en: 'Case no.' }, cell: (r) => r.id, sortable: true, numeric: true },
    { key: 'name', label: { zh: '姓名（脱敏）', en: 'Name (masked)' }, cell: (r) => maskName(r.name) },
    { key: 'idNumber', label: { zh: '身份证号（脱敏）', en: 'ID number (masked)' }, cell: (r) => maskIdNumber(r.idNumber) },
    { key: 'kind', label: { zh: '类型', en: 'Kind' }, cell: (r, l) => caseKindLabels[r.kind][l], sortable: true },
    { key: 'status', label: { zh: '状态', en: 'Status' }, cell: (r, l) => caseStatusLabels[r.status][l], sortable: true },
    { key: 'poverty', label: { zh: '脱贫家庭', en: 'Poverty-alleviated' }, cell: (r, l) => (r.poverty ? (l === 'zh' ? '是' : 'yes') : l === 'zh' ? '否' : 'no') },
    { key: 'county', label: { zh: '责任县区', en: 'Responsible county' }, cell: (r, l) => county(r.responsibleCountyCode, l), sortable: true },
    { key: 'openedOn', label: { zh: '立案日期', en: 'Opened on' }, cell: (r) => r.openedOn, sortable: true },
  ],
};
