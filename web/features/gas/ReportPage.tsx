import { useEffect, useState } from 'react';
import { api, hrefOf } from '../../api/client';
import { useAction, useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { groupByNo } from '../../../api/domain/gas/inspectionGroups';
import type { ReportSection, RoundFigures } from '../../../api/domain/gas/roundReport';
import type { Bilingual } from '../../../api/domain/shared/bilingual';
import { ReportInputs } from './ReportInputs';

const figureLabels: [keyof RoundFigures, Bilingual][] = [
  ['districtsInspected', { zh: '督查地区（个）', en: 'Districts' }],
  ['departments', { zh: '行业领域部门（个）', en: 'Departments' }],
  ['enterpriseVisits', { zh: '企业（家次）', en: 'Enterprise visits' }],
  ['problemsFound', { zh: '发现问题（条）', en: 'Problems' }],
  ['hazardsFound', { zh: '安全隐患（条）', en: 'Hazards found' }],
  ['hazardsRectified', { zh: '已整改（条）', en: 'Rectified' }],
  ['majorsFound', { zh: '重大隐患（条）', en: 'Majors found' }],
  ['majorsRectified', { zh: '重大隐患已整改（条）', en: 'Majors rectified' }],
  ['suggestions', { zh: '工作建议（条）', en: 'Suggestions' }],
  ['enterprisesPenalized', { zh: '责令处罚企业（家）', en: 'Enterprises penalized' }],
  ['finesWan', { zh: '罚款（万元）', en: 'Fines (10k yuan)' }],
  ['officialsInterviewed', { zh: '谈话（人次）', en: 'Interviews' }],
];

/** 附件1 of one group and round: figures from the data, editable text sections, DOCX/XLSX export. */
export function ReportPage({ groupNo, round, campaign }: { groupNo: number; round: number; campaign?: string }) {
  const { tr } = useI18n();
  const p = { groupNo: String(groupNo), round: String(round) };
  const report = useApi((o) => api.gas.reports[':groupNo'][':round'].$get({ param: p, query: campaign ? { campaign } : {} }, o), [groupNo, round, campaign]);
  const action = useAction();
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  // Unsaved text belongs to one group and round; a recorded input (reload) keeps it.
  useEffect(() => setEdits({}), [groupNo, round, campaign]);
  const group = groupByNo(groupNo);

  const save = async () => {
    if (!report.data) return;
    const next = await action.run(() => api.gas.reports[':groupNo'][':round'].$put({ param: p, json: { campaign: report.data?.campaignId, sections: edits } }));
    if (!next) return;
    report.replace(next);
    setEdits({});
    setSaved(true);
  };
  const section = (s: ReportSection) => (
    <div key={s.key} className="gas-section">
      <h4>{s.title}</h4>
      <textarea rows={s.key === 'work_done' ? 5 : 3} value={edits[s.key] ?? s.body} data-testid={`gas-report-${s.key}`} onChange={(e) => { setSaved(false); setEdits({ ...edits, [s.key]: e.target.value }); }} />
      {s.children?.map(section)}
    </div>
  );

  const error = action.error ?? report.error;
  if (error) return <p className="error" role="alert">{tr('报告加载失败：', 'Failed to load the report: ') + error.message}</p>;
  if (!report.data) return <p className="muted">{tr('报告加载中…', 'Loading report…')}</p>;
  const r = report.data;
  const query = { campaign: r.campaignId };
  return (
    <div data-testid="gas-report">
      <h3>{r.groupName} · {r.roundName}</h3>
      <p className="muted">{tr(`报送截止 ${r.reportDueOn}；数字由数据生成，仅含本组记录`, `Due ${r.reportDueOn}; figures come from this group's records only`)}</p>
      <table className="gas-facts" data-testid="gas-report-figures">
        <tbody>
          {figureLabels.map(([k, label]) => (
            <tr key={k}><th>{tr(label)}</th><td>{String(r.figures[k])}</td></tr>
          ))}
        </tbody>
      </table>
      <ReportInputs groupNo={groupNo} round={round} campaign={r.campaignId} ownDistrict={group?.kind === 'area' ? group.districtCode : undefined} onChanged={report.reload} />
      {/* The typed client flattens the recursive section type to JSON values; the server sends ReportSection. */}
      {(r.sections as unknown as ReportSection[]).map(section)}
      <div className="gas-actions">
        <button type="button" className="primary" disabled={Object.keys(edits).length === 0} onClick={save}>{tr('保存文字', 'Save text')}</button>
        {saved && <span className="gas-ok">{tr('已保存', 'Saved')}</span>}
        <a href={hrefOf(api.gas.reports[':groupNo'][':round'].docx.$url({ param: p, query }))} download data-testid="gas-export-docx">{tr('导出报告 DOCX', 'Export report (DOCX)')}</a>
        <a href={hrefOf(api.gas.reports[':groupNo'][':round'].pdf.$url({ param: p, query }))} download data-testid="gas-export-pdf">{tr('导出报告 PDF', 'Export report (PDF)')}</a>
        <a href={hrefOf(api.gas.reports[':groupNo'][':round'].xlsx.$url({ param: p, query }))} download data-testid="gas-export-xlsx">{tr('隐患清单 XLSX（附件2）', 'Hazard list XLSX')}</a>
      </div>
      <p className="muted">{tr(`附件2 共 ${r.hazardList.length} 条隐患`, `${r.hazardList.length} hazards in the list`)}</p>
    </div>
  );
}
