import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import { AccountabilityPanel } from './AccountabilityPanel';
import { CaseDetail } from './CaseDetail';
import { CaseTable } from './CaseTable';
import { DutiesPanel } from './DutiesPanel';
import { ImportWizard } from './ImportWizard';
import { RuleSetsPanel } from './RuleSetsPanel';
import { useEducationLayers } from './educationMapLayers';
import { termStops } from './termStops';
import { TimeSlider } from '../../lists/TimeSlider';
import { chinaDate, isIsoDate } from '../../../api/domain/shared/calendarDate';
import { readHashRecord, writeHashRecord } from '../../shell/hashParam';
import './education.css';

type Tab = 'map' | 'import' | 'cases' | 'accountability' | 'duties' | 'rules';
const pct = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(digits)}%`);

/** 控辍保学: aggregates on the map for everyone allowed; registers and cases for education officers. */
export default function EducationView() {
  const { tr } = useI18n();
  const { me } = useSession();
  const seesChildren = me?.role === 'education' || me?.role === 'admin';
  const [tab, setTab] = useState<Tab>('map');
  const [thresholds, setThresholds] = useState({ primary: 3000, junior: 5000 });
  // The analysis tab's time slider ('' = today): the figures, the table and the map layers are all
  // as of that day — the register snapshot then and the cases open then (issue 11).
  // The day is kept in the URL (`ea=` in the hash, as the lists keep their filters).
  const [asOf, setAsOf] = useState(() => {
    const d = readHashRecord('ea').asOf ?? '';
    return isIsoDate(d) ? d : '';
  });
  useEffect(() => writeHashRecord('ea', { asOf }), [asOf]);
  const day = asOf || undefined;
  const rates = useApi((o) => api.education['dropout-rates'].$get({ query: { asOf: day } }, o), [day], { keepPrevious: true });
  const cons = useApi((o) => api.education.consolidation.$get({ query: { asOf: day } }, o), [day], { keepPrevious: true });
  const coverage = useApi((o) => api.education.coverage.summary.$get({ query: { asOf: day } }, o), [day], { keepPrevious: true });
  const [openCase, setOpenCase] = useState<number | null>(null);

  // The township figures; the map draws them on the base map's township polygons (no second
  // download of the townships).
  const townshipValues = useMemo(() => {
    if (!rates.data || !cons.data) return null;
    const r = new Map(rates.data.townships.map((t) => [t.townshipCode, t]));
    const c = new Map(cons.data.townships.map((t) => [t.townshipCode, t]));
    return [...new Set([...r.keys(), ...c.keys()])].map((code) => ({ code, dropoutRate: r.get(code)?.dropoutRate ?? 0, meets: c.get(code)?.meets ?? null }));
  }, [rates.data, cons.data]);

  const layers = useEducationLayers(townshipValues, thresholds, day);
  const { gas, gasError } = layers;
  const error = rates.error ?? cons.error ?? coverage.error ?? layers.error;

  const tabs: [Tab, string][] = [
    ['map', tr('分析', 'Analysis')],
    ...(seesChildren ? ([['import', tr('名册比对', 'Registers')], ['cases', tr('案件', 'Cases')]] as [Tab, string][]) : []),
    ['accountability', tr('问责预警', 'Accountability')],
    ['duties', tr('职责日历', 'Duty calendar')],
    ['rules', tr('各地规则对照', 'Rule sets')],
  ];

  return (
    <div className="edu-view">
      <h2>{tr('控辍保学', 'Dropout control')}</h2>
      <div className="edu-tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} data-testid={`edu-tab-${id}`} className={tab === id ? 'active' : ''} onClick={() => setTab(id)}>{label}</button>
        ))}
      </div>
      {error && <p className="error" role="alert">{error.message}</p>}
      {tab === 'map' && (
        <div>
          <div className="edu-form">
            <label>
              {tr('小学距离阈值（米）', 'Primary threshold (m)')}
              <input type="number" min={500} step={500} value={thresholds.primary} onChange={(e) => setThresholds((t) => ({ ...t, primary: Number(e.target.value) || t.primary }))} />
            </label>
            <label>
              {tr('初中距离阈值（米）', 'Junior threshold (m)')}
              <input type="number" min={500} step={500} value={thresholds.junior} onChange={(e) => setThresholds((t) => ({ ...t, junior: Number(e.target.value) || t.junior }))} />
            </label>
          </div>
          <TimeSlider testId="edu-map-as-of" title={{ zh: '学期（时间）', en: 'School term (time)' }} stops={termStops(chinaDate(new Date()))} value={asOf} onChange={setAsOf} />
          {!rates.data || !coverage.data || !cons.data ? (
            <p className="loading">{tr('加载中…', 'Loading…')}</p>
          ) : (
            <table className="edu-summary">
              <thead>
                <tr><th>{tr('县区', 'County')}</th><th>{tr('适龄儿童', 'School-age')}</th><th>{tr('片区外', 'Uncovered')}</th><th>{tr('辍学', 'Dropouts')}</th><th>{tr('辍学率', 'Rate')}</th><th>{tr('巩固率', 'Consolidation')}</th></tr>
              </thead>
              <tbody>
                {rates.data.counties.map((c) => {
                  const cov = coverage.data?.counties.find((x) => x.countyCode === c.countyCode);
                  const con = cons.data?.counties.find((x) => x.countyCode === c.countyCode);
                  return (
                    <tr key={c.countyCode}>
                      <td>{placeName(tr, c.countyCode)}</td><td>{c.schoolAge}</td><td>{cov?.uncovered ?? '—'}</td><td>{c.dropouts}</td><td>{pct(c.dropoutRate, 3)}</td>
                      <td className={con?.meets === false ? 'edu-below' : ''} title={con?.zeroDropout ? tr(con.zeroDropout.text) : undefined}>
                        {pct(con?.rate)}{con?.target !== null && con?.target !== undefined ? ` / ${pct(con.target, 0)}` : ''}
                        {con?.zeroDropout && con.zeroDropout.openDropouts !== null ? tr(`（零辍学：在办辍学 ${con.zeroDropout.openDropouts} 件）`, ` (zero dropout: ${con.zeroDropout.openDropouts} open)`) : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <p className="synthetic-note">{tr('地图只显示汇总数据：片区外儿童按网格计数，不显示个人位置。', 'The map shows aggregates only: uncovered children are counted per grid cell, never shown as points.')}</p>
          <p className="synthetic-note" data-testid="edu-gas-summary">
            {gasError
              ? tr(`燃气隐患标注加载失败：${gasError.message}`, `Gas hazard marks failed to load: ${gasError.message}`)
              : !gas
                ? tr('燃气隐患标注加载中…', 'Loading gas hazard marks…')
                : gas.schools.length === 0
                  ? tr(`燃气：没有学校有未销号隐患。规则：${gas.rule.zh}`, `Gas: no school has open hazards. Rule: ${gas.rule.en}`)
                  : tr(`燃气：${gas.totals.schools} 所学校有未销号隐患 ${gas.totals.openHazards} 处（重大 ${gas.totals.majorHazards}），地图上以橙色圈标出，点击学校查看。规则：${gas.rule.zh}`, `Gas: ${gas.totals.schools} schools with ${gas.totals.openHazards} open hazards (${gas.totals.majorHazards} major), ringed orange on the map; click a school. Rule: ${gas.rule.en}`)}
          </p>
        </div>
      )}
      {tab === 'import' && seesChildren && <ImportWizard />}
      {tab === 'cases' && seesChildren && (openCase === null ? <CaseTable onOpen={setOpenCase} /> : <CaseDetail id={openCase} onBack={() => setOpenCase(null)} />)}
      {tab === 'accountability' && <AccountabilityPanel />}
      {tab === 'duties' && <DutiesPanel canMark={seesChildren} />}
      {tab === 'rules' && <RuleSetsPanel />}
    </div>
  );
}
