import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { MaskedRows } from './CaseList';
import { countyName, registerKindWords, say } from './educationWords';

type Kind = keyof typeof registerKindWords;
const kinds = Object.keys(registerKindWords) as Kind[];
const fields = ['idNumber', 'name', 'birthDate', 'countyCode', 'schoolCode'] as const;
const fieldWords: Record<(typeof fields)[number], [string, string]> = {
  idNumber: ['身份证号', 'ID number'],
  name: ['姓名', 'Name'],
  birthDate: ['出生日期', 'Birth date'],
  countyCode: ['县区代码', 'County code'],
  schoolCode: ['学校代码', 'School code'],
};

interface Report {
  importId?: number;
  rows: number;
  errors: { row: number; field: string; code: string }[];
  errorCount: number;
  warnings: { row: number; field: string; code: string }[];
  warningCount: number;
}
type RunResult = Awaited<ReturnType<typeof runCheck>>;
const runCheck = (asOf: string) => unwrap(api.education['cross-check'].run.$post({ json: { asOf } }));

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
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [reports, setReports] = useState<Partial<Record<Kind, Report & { ok: boolean }>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [run, setRun] = useState<RunResult | null>(null);

  const choose = async (f: File | null) => {
    setFile(f);
    setMapping({});
    setHeaders(f ? await firstLine(f) : []);
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const form = new FormData();
    form.set('file', file);
    form.set('asOf', asOf);
    const used = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v));
    if (Object.keys(used).length) form.set('mapping', JSON.stringify(used));
    try {
      const url = api.education.registers[':kind'].import.$url({ param: { kind } });
      const res = await fetch(url.pathname, { method: 'POST', body: form, credentials: 'same-origin', headers: { 'Accept-Language': localStorage.getItem('lang') === 'en' ? 'en' : 'zh-CN' } });
      const body = await res.json();
      if (res.status === 201) setReports((r) => ({ ...r, [kind]: { ...body, ok: true } }));
      else if (res.status === 422) setReports((r) => ({ ...r, [kind]: { ...body.error.details, ok: false } }));
      else setError(body.error?.message ?? `HTTP ${res.status}`);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const runCrossCheck = async () => {
    setBusy(true);
    setError(null);
    try {
      setRun(await runCheck(asOf));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const allImported = kinds.every((k) => reports[k]?.ok);
  return (
    <div className="edu-wizard">
      <h3>{tr('① 选择名册文件', '① Choose a register file')}</h3>
      <div className="edu-form">
        <label>
          {tr('名册', 'Register')}
          <select value={kind} data-testid="edu-kind" onChange={(e) => setKind(e.target.value as Kind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>{say(tr, registerKindWords[k])}</option>
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
            {say(tr, fieldWords[f])}
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
      {error && <p className="error" role="alert">{error}</p>}
      <h3>{tr('③ 校验报告', '③ Validation report')}</h3>
      <ul className="edu-reports">
        {kinds.map((k) => {
          const r = reports[k];
          return (
            <li key={k} data-testid={`edu-report-${k}`}>
              <strong>{say(tr, registerKindWords[k])}</strong>：
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
                <tr key={c.countyCode}><td>{countyName(c.countyCode, tr)}</td><td>{c.outOfSchool}</td><td>{c.dropouts}</td><td>{c.povertyDropouts}</td></tr>
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
