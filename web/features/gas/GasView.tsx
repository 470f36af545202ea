import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, unwrap, urlOf } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { useMapState } from '../../map/mapContext';
import { groupByNo, inspectionGroups } from '../../../api/domain/gas/inspectionGroups';
import { districtNames } from '../../../api/domain/geo/vocabulary';
import type { VenueType } from '../../../api/domain/gas/vocabulary';
import { CoverageBars, DueChecks, MajorBoard } from './GasBoards';
import { HazardPanel } from './HazardPanel';
import { ReportPage } from './ReportPage';
import { VenuePanel } from './VenuePanel';
import { districtColours, gasLayerIds, hazardColours, useGasLayers } from './gasMapLayers';
import { label, options } from './gasWords';
import './gas.css';

type Campaigns = Awaited<ReturnType<typeof loadCampaigns>>;
const loadCampaigns = () => unwrap(api.gas.campaigns.$get());
type Tab = 'map' | 'board' | 'coverage' | 'report';
const emptyFilters = { round: '', group: '', status: '', severity: '', category: '', venueType: '', overdue: '' };

/**
 * Whether the page was opened on a URL whose hash has a map position (`map=zoom/lat/lon`). The
 * current hash cannot tell: MapLibre writes its position there as soon as the map moves, so the
 * URL the document was loaded with (the navigation entry) is read instead.
 */
function openedAtMapPosition(): boolean {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!nav) return false;
  return new URLSearchParams(new URL(nav.name).hash.slice(1)).has('map');
}

/** 燃气安全督查: inspectors work their district; officials review the whole city. */
export default function GasView() {
  const { tr } = useI18n();
  const { me } = useSession();
  const { map, registerGroup } = useMapState();
  const official = me?.role === 'official' || me?.role === 'admin';
  const ownGroup = me?.groupNo ? groupByNo(me.groupNo) : undefined;
  const [tab, setTab] = useState<Tab>('map');
  const [campaigns, setCampaigns] = useState<Campaigns | null>(null);
  const [campaign, setCampaign] = useState('');
  const [filters, setFilters] = useState(emptyFilters);
  const [venue, setVenue] = useState<{ id: number; name: string; venueType?: VenueType } | null>(null);
  const [hazard, setHazard] = useState<number | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [reload, setReload] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [reportGroup, setReportGroup] = useState(me?.groupNo ?? 1);
  const [reportRound, setReportRound] = useState(1);

  useEffect(() => {
    loadCampaigns()
      .then((cs) => {
        setCampaigns(cs);
        const today = new Date().toISOString().slice(0, 10);
        const current = [...cs].reverse().find((c) => (c.rounds[0]?.startsOn ?? '') <= today) ?? cs.at(-1);
        setCampaign(current?.id ?? '');
        const running = current?.rounds.find((r) => r.startsOn <= today && today <= r.endsOn) ?? current?.rounds.at(-1);
        if (running) setReportRound(running.no);
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  const hazardQuery = useMemo(
    () => ({
      campaign: campaign || undefined,
      round: filters.round || undefined,
      group: filters.group || undefined,
      status: filters.status || undefined,
      severity: filters.severity || undefined,
      category: filters.category || undefined,
      venueType: filters.venueType || undefined,
      overdue: filters.overdue || undefined,
    }),
    [campaign, filters],
  );
  // A change of `reload` (a write) refetches the map's clusters; the server drops its cache on writes.
  const hazardFilter = useMemo(() => ({ ...hazardQuery, r: reload || undefined }), [hazardQuery, reload]);

  useEffect(() => {
    fetch(urlOf(api.gas.hazards, { ...hazardFilter, limit: 1 }), { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((fc: { total: number }) => setTotal(fc.total))
      .catch((e: Error) => setError(e.message));
  }, [hazardFilter]);

  const onVenue = useCallback((id: number, name: string) => { setHazard(null); setVenue({ id, name }); }, []);
  const onHazard = useCallback((id: number) => setHazard(id), []);
  useGasLayers(map, { hazardFilter, heat: official, onVenue, onHazard });

  useEffect(() => {
    const groups = [
      registerGroup({ id: 'gas-districts', label: tr('督查片区（按包片组）', 'Inspection districts (by group)'), layerIds: gasLayerIds.districts, legend: Object.entries(districtColours).map(([code, colour]) => ({ colour, label: label(tr, districtNames[code as keyof typeof districtNames], code), shape: 'fill' as const })) }),
      registerGroup({ id: 'gas-venues', label: tr('场所（聚合）', 'Venues (clustered)'), layerIds: gasLayerIds.venues, legend: [{ colour: '#5c7cfa', label: tr('场所聚合', 'Venue cluster'), shape: 'circle' }, { colour: '#3b5bdb', label: tr('场所', 'Venue'), shape: 'circle' }] }),
      registerGroup({ id: 'gas-hazards', label: tr('隐患（按等级/状态）', 'Hazards (severity/status)'), layerIds: gasLayerIds.hazards, legend: [...hazardColours.map((h) => ({ colour: h.colour, label: tr(h.zh, h.en), shape: 'circle' as const })), { colour: '#000', label: tr('黑边 = 逾期', 'Black ring = overdue'), shape: 'circle' as const }] }),
    ];
    if (official) groups.push(registerGroup({ id: 'gas-heat', label: tr('隐患热力', 'Hazard heat'), layerIds: gasLayerIds.heat }));
    return () => groups.forEach((un) => un());
  }, [registerGroup, tr, official]);

  // An area inspector lands on the own district, unless the page was opened on a shared link
  // that carries a map position: that position wins.
  useEffect(() => {
    if (!map || !ownGroup || ownGroup.kind !== 'area' || openedAtMapPosition()) return;
    fetch(urlOf(api.geo.districts), { credentials: 'same-origin' })
      .then((r) => r.json())
      .then((fc: { features: { properties: { code: string }; geometry: { coordinates: number[][][][] } }[] }) => {
        const d = fc.features.find((f) => f.properties.code === ownGroup.districtCode);
        if (!d) return;
        let [x0, y0, x1, y1] = [180, 90, -180, -90];
        for (const poly of d.geometry.coordinates) for (const [x, y] of poly[0]!) [x0, y0, x1, y1] = [Math.min(x0, x!), Math.min(y0, y!), Math.max(x1, x!), Math.max(y1, y!)];
        map.fitBounds([x0, y0, x1, y1], { padding: 30, duration: 0 });
      })
      .catch(() => undefined);
  }, [map, ownGroup]);

  const changed = () => setReload((n) => n + 1);
  if (hazard !== null) return <HazardPanel id={hazard} onClose={() => setHazard(null)} onChanged={changed} />;
  if (venue) return <VenuePanel venue={venue} onClose={() => setVenue(null)} onHazard={setHazard} onChanged={changed} />;

  const current = campaigns?.find((c) => c.id === campaign);
  const set = (k: keyof typeof filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [k]: e.target.value });
  const select = (k: keyof typeof filters, text: string, opts: { value: string; label: string }[]) => (
    <label>{text}<select value={filters[k]} onChange={set(k)} data-testid={`gas-filter-${k}`}><option value="">{tr('全部', 'All')}</option>{opts.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select></label>
  );
  return (
    <div className="gas-home" data-testid="gas-home">
      <h2>{tr('燃气安全督查', 'Gas-safety inspection')}</h2>
      <p className="muted" data-testid="gas-scope">
        {ownGroup ? `${ownGroup.name}` + (ownGroup.kind === 'area' ? ` · ${ownGroup.districtName}` : tr(' · 全市', ' · city-wide')) : tr('全市（督办视图）', 'City-wide (review)')}
      </p>
      <p className="synthetic-note">{tr('场所与隐患为示例数据', 'Venues and hazards are synthetic demo data')}</p>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="toolbar gas-tabs" role="tablist">
        {(['map', 'board', 'coverage', 'report'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'primary' : ''} data-testid={`gas-tab-${t}`} onClick={() => setTab(t)}>
            {{ map: tr('隐患与待办', 'Hazards & due'), board: tr('挂牌督办', 'Major board'), coverage: tr('覆盖率', 'Coverage'), report: tr('报告', 'Report') }[t]}
          </button>
        ))}
      </div>
      <label>{tr('督查活动', 'Campaign')}<select value={campaign} onChange={(e) => setCampaign(e.target.value)} data-testid="gas-campaign">{campaigns?.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}</select></label>
      {tab === 'map' && (
        <>
          <div className="gas-filters">
            {select('round', tr('轮次', 'Round'), (current?.rounds ?? []).map((r) => ({ value: String(r.no), label: tr(`第${r.no}轮 ${r.nameZh}`, `Round ${r.no} ${r.nameEn}`) })))}
            {official && select('group', tr('督查组', 'Group'), inspectionGroups.map((g) => ({ value: String(g.no), label: g.name })))}
            {select('status', tr('状态', 'Status'), options.status.map((o) => ({ value: o.value, label: label(tr, o.label) })))}
            {select('severity', tr('等级', 'Severity'), options.severity.map((o) => ({ value: o.value, label: label(tr, o.label) })))}
            {select('category', tr('类别', 'Category'), options.category.map((o) => ({ value: o.value, label: label(tr, o.label) })))}
            {select('venueType', tr('场所类型', 'Venue type'), options.venueType.map((o) => ({ value: o.value, label: label(tr, o.label) })))}
            {select('overdue', tr('逾期', 'Overdue'), [{ value: 'true', label: tr('已逾期', 'Overdue') }, { value: 'false', label: tr('未逾期', 'Not overdue') }])}
          </div>
          <p data-testid="gas-hazard-total">{total === null ? tr('正在加载隐患…', 'Loading hazards…') : tr(`符合条件的隐患 ${total} 条；单击地图上的场所登记走访或隐患，单击隐患点查看并流转`, `${total} hazards match; click a venue on the map to record a visit or hazard, a hazard to view and move it`)}</p>
          <h3>{tr('入户安检逾期', 'Safety checks overdue')}</h3>
          <DueChecks reload={reload} />
        </>
      )}
      {tab === 'board' && <MajorBoard onHazard={setHazard} reload={reload} />}
      {tab === 'coverage' && <CoverageBars campaign={campaign || undefined} reload={reload} />}
      {tab === 'report' && (
        <>
          <div className="gas-filters">
            <label>{tr('督查组', 'Group')}<select value={reportGroup} disabled={!official} onChange={(e) => setReportGroup(Number(e.target.value))} data-testid="gas-report-group">{inspectionGroups.map((g) => <option key={g.no} value={g.no}>{g.name}</option>)}</select></label>
            <label>{tr('轮次', 'Round')}<select value={reportRound} onChange={(e) => setReportRound(Number(e.target.value))} data-testid="gas-report-round">{(current?.rounds ?? []).map((r) => <option key={r.no} value={r.no}>{tr(`第${r.no}轮`, `Round ${r.no}`)}</option>)}</select></label>
          </div>
          {me?.role === 'inspector' || official ? <ReportPage groupNo={reportGroup} round={reportRound} campaign={campaign || undefined} /> : null}
        </>
      )}
    </div>
  );
}
