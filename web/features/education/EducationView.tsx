import { useEffect, useMemo, useState } from 'react';
import { api, unwrap, urlOf } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { useMapState } from '../../map/mapContext';
import { AccountabilityPanel } from './AccountabilityPanel';
import { CaseDetail } from './CaseDetail';
import { CaseList } from './CaseList';
import { ImportWizard } from './ImportWizard';
import { consolidationColours, densityColours, dropoutSteps, educationLayerIds, gasRingColour, useEducationLayers, utilizationSteps, type TownshipMetric } from './educationMapLayers';
import { countyName } from './educationWords';
import './education.css';

type Tab = 'map' | 'import' | 'cases' | 'accountability';
type Rates = Awaited<ReturnType<typeof loadRates>>;
type Consolidation = Awaited<ReturnType<typeof loadConsolidation>>;
type Coverage = Awaited<ReturnType<typeof loadCoverage>>;
const loadRates = () => unwrap(api.education['dropout-rates'].$get({ query: {} }));
const loadConsolidation = () => unwrap(api.education.consolidation.$get({ query: {} }));
const loadCoverage = () => unwrap(api.education.coverage.summary.$get({ query: {} }));
const pct = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(digits)}%`);

/** 控辍保学: aggregates on the map for everyone allowed; registers and cases for education officers. */
export default function EducationView() {
  const { tr } = useI18n();
  const { me } = useSession();
  const { map, registerGroup } = useMapState();
  const seesChildren = me?.role === 'education' || me?.role === 'admin';
  const [tab, setTab] = useState<Tab>('map');
  const [metric, setMetric] = useState<TownshipMetric>('dropout');
  const [thresholds, setThresholds] = useState({ primary: 3000, junior: 5000 });
  const [rates, setRates] = useState<Rates | null>(null);
  const [cons, setCons] = useState<Consolidation | null>(null);
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [townshipGeo, setTownshipGeo] = useState<GeoJSON.FeatureCollection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openCase, setOpenCase] = useState<number | null>(null);

  useEffect(() => {
    Promise.all([loadRates(), loadConsolidation(), loadCoverage(), fetch(urlOf(api.geo.townships), { credentials: 'same-origin' }).then((r) => r.json() as Promise<GeoJSON.FeatureCollection>)])
      .then(([r, c, cov, t]) => {
        setRates(r);
        setCons(c);
        setCoverage(cov);
        setTownshipGeo(t);
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  const joined = useMemo(() => {
    if (!townshipGeo || !rates || !cons) return null;
    const r = new Map(rates.townships.map((t) => [t.townshipCode, t]));
    const c = new Map(cons.townships.map((t) => [t.townshipCode, t]));
    return {
      ...townshipGeo,
      features: townshipGeo.features.map((f) => {
        const code = String(f.properties?.code);
        return { ...f, properties: { ...f.properties, dropoutRate: r.get(code)?.dropoutRate ?? 0, meets: c.get(code)?.meets ?? null, rate: c.get(code)?.rate ?? null } };
      }),
    };
  }, [townshipGeo, rates, cons]);

  const { gas, gasError } = useEducationLayers(map, joined, metric, thresholds);

  useEffect(() => {
    const layerGroups = [
      registerGroup({
        id: 'edu-townships',
        label: metric === 'dropout' ? tr('乡镇辍学率', 'Township dropout rate') : tr('乡镇巩固率（对照目标）', 'Township consolidation vs target'),
        layerIds: educationLayerIds.townships,
        legend:
          metric === 'dropout'
            ? dropoutSteps.map((s) => ({ colour: s.colour, label: tr(s.zh, s.en) }))
            : [
                { colour: consolidationColours.meets, label: tr('达到目标', 'Meets target') },
                { colour: consolidationColours.below, label: tr('低于目标', 'Below target') },
                { colour: consolidationColours.unknown, label: tr('无数据', 'No data') },
              ],
      }),
      registerGroup({ id: 'edu-catchments', label: tr('招生片区利用率', 'Catchment utilization'), layerIds: educationLayerIds.catchments, legend: utilizationSteps.map((s) => ({ colour: s.colour, label: s.zh })) }),
      registerGroup({
        id: 'edu-uncovered',
        label: tr('片区外适龄儿童（网格汇总）', 'Children outside catchments (grid)'),
        layerIds: educationLayerIds.uncovered,
        legend: [
          { colour: densityColours[0], label: tr('1–9 人', '1–9') },
          { colour: densityColours[1], label: tr('10–49 人', '10–49') },
          { colour: densityColours[2], label: tr('≥ 50 人', '≥ 50') },
        ],
      }),
      registerGroup({
        id: 'edu-schools',
        label: tr('学校（紫色：有学生上学距离超阈值）', 'Schools (purple: pupils living too far)'),
        layerIds: educationLayerIds.schools,
        legend: [
          { colour: '#7b1fa2', label: tr('有超距学生', 'Has distant pupils'), shape: 'circle' },
          { colour: '#455a64', label: tr('无', 'None'), shape: 'circle' },
        ],
      }),
      registerGroup({
        id: 'edu-school-gas',
        label: tr('有未销号燃气隐患的学校（橙色圈）', 'Schools with open gas hazards (orange ring)'),
        layerIds: educationLayerIds.schoolGas,
        legend: [
          { colour: gasRingColour, label: tr('未销号燃气隐患（粗圈：含重大隐患）', 'Open gas hazards (thick ring: a major one)'), shape: 'line' },
        ],
      }),
    ];
    return () => layerGroups.forEach((off) => off());
  }, [registerGroup, tr, metric]);

  const tabs: [Tab, string][] = [
    ['map', tr('分析', 'Analysis')],
    ...(seesChildren ? ([['import', tr('名册比对', 'Registers')], ['cases', tr('案件', 'Cases')]] as [Tab, string][]) : []),
    ['accountability', tr('问责预警', 'Accountability')],
  ];

  return (
    <div className="edu-view">
      <h2>{tr('控辍保学', 'Dropout control')}</h2>
      <div className="edu-tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} data-testid={`edu-tab-${id}`} className={tab === id ? 'active' : ''} onClick={() => setTab(id)}>{label}</button>
        ))}
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {tab === 'map' && (
        <div>
          <div className="edu-form">
            <label>
              {tr('乡镇着色', 'Townships by')}
              <select value={metric} onChange={(e) => setMetric(e.target.value as TownshipMetric)}>
                <option value="dropout">{tr('辍学率', 'Dropout rate')}</option>
                <option value="consolidation">{tr('巩固率对照目标', 'Consolidation vs target')}</option>
              </select>
            </label>
            <label>
              {tr('小学距离阈值（米）', 'Primary threshold (m)')}
              <input type="number" min={500} step={500} value={thresholds.primary} onChange={(e) => setThresholds((t) => ({ ...t, primary: Number(e.target.value) || t.primary }))} />
            </label>
            <label>
              {tr('初中距离阈值（米）', 'Junior threshold (m)')}
              <input type="number" min={500} step={500} value={thresholds.junior} onChange={(e) => setThresholds((t) => ({ ...t, junior: Number(e.target.value) || t.junior }))} />
            </label>
          </div>
          {!rates || !coverage || !cons ? (
            <p className="loading">{tr('加载中…', 'Loading…')}</p>
          ) : (
            <table className="edu-summary">
              <thead>
                <tr><th>{tr('县区', 'County')}</th><th>{tr('适龄儿童', 'School-age')}</th><th>{tr('片区外', 'Uncovered')}</th><th>{tr('辍学', 'Dropouts')}</th><th>{tr('辍学率', 'Rate')}</th><th>{tr('巩固率', 'Consolidation')}</th></tr>
              </thead>
              <tbody>
                {rates.counties.map((c) => {
                  const cov = coverage.counties.find((x) => x.countyCode === c.countyCode);
                  const con = cons.counties.find((x) => x.countyCode === c.countyCode);
                  return (
                    <tr key={c.countyCode}>
                      <td>{countyName(c.countyCode, tr)}</td><td>{c.schoolAge}</td><td>{cov?.uncovered ?? '—'}</td><td>{c.dropouts}</td><td>{pct(c.dropoutRate, 3)}</td>
                      <td className={con?.meets === false ? 'edu-below' : ''}>{pct(con?.rate)}{con?.target !== null && con?.target !== undefined ? ` / ${pct(con.target, 0)}` : ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <p className="synthetic-note">{tr('地图只显示汇总数据：片区外儿童按网格计数，不显示个人位置。', 'The map shows aggregates only: uncovered children are counted per grid cell, never shown as points.')}</p>
          <p className="synthetic-note" data-testid="edu-gas-summary">
            {gasError
              ? tr(`燃气隐患标注加载失败：${gasError}`, `Gas hazard marks failed to load: ${gasError}`)
              : !gas
                ? tr('燃气隐患标注加载中…', 'Loading gas hazard marks…')
                : gas.schools.length === 0
                  ? tr(`燃气：没有学校有未销号隐患。规则：${gas.rule.zh}`, `Gas: no school has open hazards. Rule: ${gas.rule.en}`)
                  : tr(`燃气：${gas.totals.schools} 所学校有未销号隐患 ${gas.totals.openHazards} 处（重大 ${gas.totals.majorHazards}），地图上以橙色圈标出，点击学校查看。规则：${gas.rule.zh}`, `Gas: ${gas.totals.schools} schools with ${gas.totals.openHazards} open hazards (${gas.totals.majorHazards} major), ringed orange on the map; click a school. Rule: ${gas.rule.en}`)}
          </p>
        </div>
      )}
      {tab === 'import' && seesChildren && <ImportWizard />}
      {tab === 'cases' && seesChildren && (openCase === null ? <CaseList query={{ status: 'open' }} onOpen={setOpenCase} testId="edu-case-list" /> : <CaseDetail id={openCase} onBack={() => setOpenCase(null)} />)}
      {tab === 'accountability' && <AccountabilityPanel />}
    </div>
  );
}
