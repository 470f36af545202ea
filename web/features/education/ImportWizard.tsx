import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { oneOf } from '../../api/oneOf';
import { useAction } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import { registerKindLabels, registerKinds, type RegisterKind } from '../../../api/domain/education/vocabulary';
import type { Bilingual } from '../../../api/domain/shared/bilingual';
import { registerFields, type RegisterField } from '../../../api/domain/education/vocabulary';
import { MaskedRows } from './CaseList';

type Kind = RegisterKind;
const kinds = registerKinds;
const fields: readonly RegisterField[] = registerFields;
const fieldLabels: Record<RegisterField, Bilingual> = {
  idNumber: { zh: '身份证号', en: 'ID number' },
  name: { zh: '姓名', en: 'Name' },
  birthDate: { zh: '出生日期', en: 'Birth date' },
  countyCode: { zh: '县区代码', en: 'County code' },
  schoolCode: { zh: '学校代码', en: 'School code' },
};

interface Report {
  importId?: number;
  rows: number;
  errors: { row: number; field: string; code: string }[];
  errorCount: number;
  warnings: { row: number; field: string; code: string }[];
  warningCount: number;
}
type RunResult = Awaited<ReturnType<Awaited<ReturnType<typeof api.education['cross-check']['run']['$post']>>['json']>>;

async function firstLine(file: File): Promise<string[]> {
  if (!file.name.toLowerCase().endsWith('.csv')) return [];
  const text = (await file.slice(0, 4096).text()).replace(/^\uFEFF/, '');
  return (text.split(/\r?\n/)[0] ?? '').split(',').map((h) => h.replace(/^"|"$/g, '').trim());
}

/** 名册导入向导: file + kind + column mapping → validation report → cross-check → routed lists. */
export function ImportWizard() {
  const { tr } = useI18n();
  const [kind, setKind] = useState<Kind>('household');
  const [asOf, setAsOf] = useState(() => new Date().toISOString().slice(0, 10));
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Partial<Record<RegisterField, string>>>({});
  const [reports, setReports] = useState<Partial<Record<Kind, Report & { ok: boolean }>>>({});
  const action = useAction();
  const [run, setRun] = useState<RunResult | null>(null);

  const choose = async (f: File | null) => {
    setFile(f);
    setMapping({});
    setHeaders(f ? await firstLine(f) : []);
  };

  // A 422 is the server's row report (nothing was imported): shown as that register's report.
  const rowReport = (e: Error) => {
    if (!(e instanceof ApiError && e.status === 422)) return false;
    setReports((r) => ({ ...r, [kind]: { ...(e.details as Report), ok: false } }));
    return true;
  };
  const upload = async () => {
    if (!file) return;
    const used = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v));
    const report = await action.run(() => api.education.registers[':kind'].import.$post({ param: { kind }, form: { file, asOf, mapping: JSON.stringify(used) } }), rowReport);
    if (report) setReports((r) => ({ ...r, [kind]: { ...report, ok: true } }));
  };

  const runCrossCheck = async () => {
    const result = await action.run(() => api.education['cross-check'].run.$post({ json: { asOf } }));
    if (result) setRun(result);
  };
  const { busy, error } = action;

  const allImported = kinds.every((k) => reports[k]?.ok);
  return (
    <div className="edu-wizard">
      <h3>{tr('① 选择名册文件', '① Choose a register file')}</h3>
      <div className="edu-form">
        <label>
          {tr('名册', 'Register')}
          <select value={kind} data-testid="edu-kind" onChange={(e) => setKind(oneOf(registerKinds, e.target.value) ?? kind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>{tr(registerKindLabels[k])}</option>
            ))}
          </select>
        </label>
        <label>
          {tr('数据日期', 'As of')}
          <input type="date" value={asOf} data-testid="edu-asof" onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <label>
          {tr('文件（CSV 或 XLSX）', 'File (CSV or XLSX)')}
          <input type="file" accept=".csv,.xlsx" data-testid="edu-file" onChange={(e) => void choose(e.target.files?.[0] ?? null)} />
        </label>
      </div>
      <h3>{tr('② 列映射（留空则按列名自动识别）', '② Column mapping (blank = recognised by header)')}</h3>
      <div className="edu-form">
        {fields.map((f) => (
          <label key={f}>
            {tr(fieldLabels[f])}
            {headers.length ? (
              <select value={mapping[f] ?? ''} data-testid={`edu-map-${f}`} onChange={(e) => setMapping((m) => ({ ...m, [f]: e.target.value }))}>
                <option value="">{tr('（自动）', '(auto)')}</option>
                {headers.map((h) => (
                  <option key={h} value={h}>{h}</option>
                ))}
              </select>
            ) : (
              <input value={mapping[f] ?? ''} placeholder={tr('列名', 'column header')} onChange={(e) => setMapping((m) => ({ ...m, [f]: e.target.value }))} />
            )}
          </label>
        ))}
      </div>
      <button type="button" className="primary" disabled={!file || busy} data-testid="edu-upload" onClick={() => void upload()}>
        {busy ? tr('处理中…', 'Working…') : tr('校验并导入', 'Validate and import')}
      </button>
      {error && <p className="error" role="alert">{error.message}</p>}
      <h3>{tr('③ 校验报告', '③ Validation report')}</h3>
      <ul className="edu-reports">
        {kinds.map((k) => {
          const r = reports[k];
          return (
            <li key={k} data-testid={`edu-report-${k}`}>
              <strong>{tr(registerKindLabels[k])}</strong>：
              {!r ? tr('未导入', 'not imported') : r.ok ? tr(`已导入 ${r.rows} 行`, `${r.rows} rows imported`) : tr(`${r.errorCount} 处错误，未导入`, `${r.errorCount} error(s), nothing imported`)}
              {r && r.warningCount > 0 && <span className="tag">{tr(`${r.warningCount} 个身份证号问题（不影响导入）`, `${r.warningCount} ID problem(s), not fatal`)}</span>}
              {r && !r.ok && (
                <ul className="edu-row-errors">
                  {r.errors.slice(0, 20).map((e, i) => (
                    <li key={i}>{tr(`第 ${e.row} 行 ${e.field}：${e.code}`, `Line ${e.row} ${e.field}: ${e.code}`)}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <h3>{tr('④ 四查三比对', '④ Cross-check')}</h3>
      <button type="button" className="primary" disabled={busy || !allImported} data-testid="edu-run" onClick={() => void runCrossCheck()}>
        {tr('运行比对并分派案件', 'Run the cross-check and route cases')}
      </button>
      {!allImported && <p className="empty">{tr('四类名册全部导入后才能比对', 'Import all four registers first')}</p>}
      {run && (
        <div data-testid="edu-run-result">
          <p>
            {tr(
              `失学 ${run.counts.outOfSchool} 人，辍学 ${run.counts.dropouts} 人（脱贫户 ${run.counts.povertyDropouts} 人），人籍不符 ${run.counts.notInHousehold} 人，身份证号问题 ${run.counts.invalidIds} 条；新立案 ${run.casesCreated} 件`,
              `${run.counts.outOfSchool} out of school, ${run.counts.dropouts} dropouts (${run.counts.povertyDropouts} poverty), ${run.counts.notInHousehold} not in household, ${run.counts.invalidIds} ID problems; ${run.casesCreated} new cases`,
            )}
          </p>
          <table>
            <thead>
              <tr><th>{tr('责任县区', 'County')}</th><th>{tr('失学', 'Out of school')}</th><th>{tr('辍学', 'Dropouts')}</th><th>{tr('脱贫户辍学', 'Poverty dropouts')}</th></tr>
            </thead>
            <tbody>
              {run.byCounty.map((c) => (
                <tr key={c.countyCode}><td>{placeName(tr, c.countyCode)}</td><td>{c.outOfSchool}</td><td>{c.dropouts}</td><td>{c.povertyDropouts}</td></tr>
              ))}
            </tbody>
          </table>
          <h3>{tr('失学儿童', 'Out-of-school children')}</h3>
          <MaskedRows rows={run.lists.outOfSchool} testId="edu-list-out" />
          <h3>{tr('辍学学生', 'Dropouts')}</h3>
          <MaskedRows rows={run.lists.dropouts} testId="edu-list-dropouts" />
          <h3>{tr('脱贫户辍学学生', 'Poverty-household dropouts')}</h3>
          <MaskedRows rows={run.lists.povertyDropouts} testId="edu-list-poverty" />
        </div>
      )}
    </div>
  );
}
