import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { groupByNo } from '../../../api/domain/gas/inspectionGroups';
import type { ReportSection } from '../../../api/domain/gas/roundReport';
import { ReportInputs } from './ReportInputs';

/** Same-origin path of a typed route URL (downloads are fetched by the browser itself). */
const hrefOf = (u: URL) => u.pathname + u.search;

type Report = Awaited<ReturnType<typeof load>>;
const load = (groupNo: number, round: number, campaign?: string) =>
  unwrap(api.gas.reports[':groupNo'][':round'].$get({ param: { groupNo: String(groupNo), round: String(round) }, query: campaign ? { campaign } : {} }));

const figureLabels: [string, string, string][] = [
  ['districtsInspected', '督查地区（个）', 'Districts'],
  ['departments', '行业领域部门（个）', 'Departments'],
  ['enterpriseVisits', '企业（家次）', 'Enterprise visits'],
  ['problemsFound', '发现问题（条）', 'Problems'],
  ['hazardsFound', '安全隐患（条）', 'Hazards found'],
  ['hazardsRectified', '已整改（条）', 'Rectified'],
  ['majorsFound', '重大隐患（条）', 'Majors found'],
  ['majorsRectified', '重大隐患已整改（条）', 'Majors rectified'],
  ['suggestions', '工作建议（条）', 'Suggestions'],
  ['enterprisesPenalized', '责令处罚企业（家）', 'Enterprises penalized'],
  ['finesWan', '罚款（万元）', 'Fines (10k yuan)'],
  ['officialsInterviewed', '谈话（人次）', 'Interviews'],
];

/** 附件1 of one group and round: figures from the data, editable text sections, DOCX/XLSX export. */
export function ReportPage({ groupNo, round, campaign }: { groupNo: number; round: number; campaign?: string }) {
  const { tr } = useI18n();
  const [report, setReport] = useState<Report | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    setReport(null);
    setEdits({});
  }, [groupNo, round, campaign]);
  // A recorded input refreshes the figures without dropping unsaved text edits.
  useEffect(() => {
    setError(null);
    load(groupNo, round, campaign).then(setReport).catch((e: Error) => setError(e.message));
  }, [groupNo, round, campaign, refresh]);
  const group = groupByNo(groupNo);

  const save = async () => {
    if (!report) return;
    try {
      setReport(await unwrap(api.gas.reports[':groupNo'][':round'].$put({ param: { groupNo: String(groupNo), round: String(round) }, json: { campaign: report.campaignId, sections: edits } })));
      setEdits({});
      setSaved(true);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const section = (s: ReportSection) => (
    <div key={s.key} className="gas-section">
      <h4>{s.title}</h4>
      <textarea rows={s.key === 'work_done' ? 5 : 3} value={edits[s.key] ?? s.body} data-testid={`gas-report-${s.key}`} onChange={(e) => { setSaved(false); setEdits({ ...edits, [s.key]: e.target.value }); }} />
      {s.children?.map(section)}
    </div>
  );

  if (error) return <p className="error" role="alert">{tr('报告加载失败：', 'Failed to load the report: ') + error}</p>;
  if (!report) return <p className="muted">{tr('报告加载中…', 'Loading report…')}</p>;
  const query = { campaign: report.campaignId };
  const p = { groupNo: String(groupNo), round: String(round) };
  return (
    <div data-testid="gas-report">
      <h3>{report.groupName} · {report.roundName}</h3>
      <p className="muted">{tr(`报送截止 ${report.reportDueOn}；数字由数据生成，仅含本组记录`, `Due ${report.reportDueOn}; figures come from this group's records only`)}</p>
      <table className="gas-facts" data-testid="gas-report-figures">
        <tbody>
          {figureLabels.map(([k, zh, en]) => (
            <tr key={k}><th>{tr(zh, en)}</th><td>{String((report.figures as unknown as Record<string, number>)[k])}</td></tr>
          ))}
        </tbody>
      </table>
      <ReportInputs groupNo={groupNo} round={round} campaign={report.campaignId} ownDistrict={group?.kind === 'area' ? group.districtCode : undefined} onChanged={() => setRefresh((n) => n + 1)} />
      {(report.sections as unknown as ReportSection[]).map(section)}
      <div className="gas-actions">
        <button type="button" className="primary" disabled={Object.keys(edits).length === 0} onClick={save}>{tr('保存文字', 'Save text')}</button>
        {saved && <span className="gas-ok">{tr('已保存', 'Saved')}</span>}
        <a href={hrefOf(api.gas.reports[':groupNo'][':round'].docx.$url({ param: p, query }))} download data-testid="gas-export-docx">{tr('导出报告 DOCX', 'Export report (DOCX)')}</a>
        <a href={hrefOf(api.gas.reports[':groupNo'][':round'].xlsx.$url({ param: p, query }))} download data-testid="gas-export-xlsx">{tr('隐患清单 XLSX（附件2）', 'Hazard list XLSX')}</a>
      </div>
      <p className="muted">{tr(`附件2 共 ${report.hazardList.length} 条隐患`, `${report.hazardList.length} hazards in the list`)}</p>
    </div>
  );
}
