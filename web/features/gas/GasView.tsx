import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, ApiError, hrefOf } from '../../api/client';
import { oneOf } from '../../api/oneOf';
import { useApi } from '../../api/useApi';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { polygonExtent } from '../../map/geojson';
import { openedAtMapPosition } from '../../map/initialView';
import { useMapState } from '../../map/mapContext';
import { MapTable, type TableState } from '../../lists/MapTable';
import { useRowHighlight, type ChosenPlace } from '../../lists/useRowHighlight';
import { readHashRecord, writeHashRecord } from '../../shell/hashParam';
import { sortDirections, type ExportFormat } from '../../../api/domain/shared/table';
import { groupByNo, groupLabel, inspectionGroups } from '../../../api/domain/gas/inspectionGroups';
import { hazardCategories, hazardCategoryLabels, hazardStatuses, hazardStatusLabels, severities, severityLabels, venueTypeLabels, venueTypes } from '../../../api/domain/gas/vocabulary';
import type { Bilingual } from '../../../api/domain/shared/bilingual';
import { CoverageBars, DueChecks, MajorBoard } from './GasBoards';
import { HazardPanel } from './HazardPanel';
import { ReportPage } from './ReportPage';
import { VenueList } from './VenueList';
import { VenuePanel } from './VenuePanel';
import { NearbyVenues } from './NearbyVenues';
import { WorkQueue } from './WorkQueue';
import { TimeSlider } from '../../lists/TimeSlider';
import { roundStops } from './timeStops';
import { chinaDate } from '../../../api/domain/shared/calendarDate';
import { LookBack, UnverifiedRecords } from './ReviewLists';
import { getHashParam, setHashParam } from '../../shell/hashParam';
import { useGasLayers, type HazardFilterQuery } from './gasMapLayers';
import { useOutbox } from '../../offline/outbox';
import './gas.css';

type Tab = 'map' | 'tasks' | 'nearby' | 'board' | 'coverage' | 'review' | 'report';
// `asOf` ('' = today) is the time slider's day: the list and the map show the hazards as they stood then.
const emptyFilters = { round: '', group: '', status: '', severity: '', category: '', venueType: '', overdue: '', asOf: '' };
type Filters = typeof emptyFilters;

/** The filter and the list's sort and page as the URL carries them (`hf=` in the hash). */
function filtersFromUrl(): { filters: Filters; table: TableState } {
  const h = readHashRecord('hf');
  const filters = Object.fromEntries(Object.keys(emptyFilters).map((k) => [k, h[k] ?? ''])) as Filters;
  return { filters, table: { sort: h.sort, dir: oneOf(sortDirections, h.dir ?? ''), offset: Number(h.offset) || 0 } };
}

/** 燃气安全督查: inspectors work their district; officials review the whole city. */
export default function GasView() {
  const { tr } = useI18n();
  const { me } = useSession();
  const { map } = useMapState();
  const official = me?.role === 'official' || me?.role === 'admin';
  const ownGroup = me?.groupNo ? groupByNo(me.groupNo) : undefined;
  const [tab, setTab] = useState<Tab>('map');
  const campaigns = useApi((o) => api.gas.campaigns.$get(undefined, o), []);
  const [campaign, setCampaign] = useState('');
  const [filters, setFilters] = useState(() => filtersFromUrl().filters);
  const [table, setTable] = useState<TableState>(() => filtersFromUrl().table);
  const [selected, setSelected] = useState<number | null>(null);
  const [chosen, setChosen] = useState<ChosenPlace | null>(null);
  const [listKind, setListKind] = useState<'hazards' | 'venues'>('hazards');
  const choose = (place: ChosenPlace['place']) => setChosen((c) => ({ place, seq: (c?.seq ?? 0) + 1 }));
  useEffect(() => writeHashRecord('hf', { ...filters, sort: table.sort, dir: table.dir, offset: table.offset || undefined }), [filters, table]);
  // The open venue lives in the URL (`venue=<id>`): a reload, a shared link or the work queue opens its page.
  const [venue, setVenueState] = useState<number | null>(() => Number(getHashParam('venue')) || null);
  const setVenue = useCallback((id: number | null) => {
    setHashParam('venue', id === null ? null : String(id));
    setVenueState(id);
  }, []);
  const [hazard, setHazard] = useState<number | null>(null);
  const [changes, setChanges] = useState(0);
  // Writes replayed from the device's queue change the server's data like the view's own writes.
  const { synced } = useOutbox();
  const reload = changes + synced;
  const [reportGroup, setReportGroup] = useState(me?.groupNo ?? 1);
  const [reportRound, setReportRound] = useState(1);
  const [runningRound, setRunningRound] = useState<number | null>(null);
  const [defaultsSet, setDefaultsSet] = useState(false);
  // An area inspector lands on the own district, unless the page was opened on a shared link
  // that carries a map position: that position wins.
  const ownDistrict = ownGroup?.kind === 'area' ? ownGroup.districtCode : undefined;
  const [framed, setFramed] = useState(() => !ownDistrict || openedAtMapPosition());

  // Once the campaigns arrive: the current campaign and its running round are the defaults.
  useEffect(() => {
    const cs = campaigns.data;
    if (!cs) return;
    const today = new Date().toISOString().slice(0, 10);
    const current = [...cs].reverse().find((c) => (c.rounds[0]?.startsOn ?? '') <= today) ?? cs.at(-1);
    setCampaign(current?.id ?? '');
    const running = current?.rounds.find((r) => r.startsOn <= today && today <= r.endsOn) ?? current?.rounds.at(-1);
    if (running) setReportRound(running.no);
    setRunningRound(running?.no ?? null);
    setDefaultsSet(true);
  }, [campaigns.data]);

  // A record dated outside every round belongs to no campaign (roundRule): "all rounds" shows it
  // beside the campaign's, a round narrows to that campaign's round, "轮次外" to those alone.
  const hazardFilter = useMemo<HazardFilterQuery>(
    () => ({
      campaign: filters.round && filters.round !== 'outside' ? campaign || undefined : undefined,
      round: filters.round && filters.round !== 'outside' ? Number(filters.round) : undefined,
      outsideRound: filters.round === 'outside' ? true : undefined,
      group: filters.group ? Number(filters.group) : undefined,
      status: oneOf(hazardStatuses, filters.status),
      severity: oneOf(severities, filters.severity),
      category: oneOf(hazardCategories, filters.category),
      venueType: oneOf(venueTypes, filters.venueType),
      overdue: filters.overdue ? filters.overdue === 'true' : undefined,
      asOf: filters.asOf || undefined,
    }),
    [campaign, filters],
  );
  // Hazards are asked for once the default campaign is known and the map shows its first extent,
  // so the first view fetches each list and each cluster set once (not city-wide, then again).
  const ready = (defaultsSet || !!campaigns.error) && framed;
  // The count of the same filter; the number shown stays until the new one arrives.
  const total = useApi(!ready ? null : (o) => api.gas.hazards.$get({ query: { ...hazardFilter, limit: '1', offset: '0' } }, o), [ready, hazardFilter, reload], { keepPrevious: true });

  const onVenue = useCallback((id: number) => { setHazard(null); setVenue(id); }, [setVenue]);
  const onHazard = useCallback((id: number) => { setSelected(id); setHazard(id); }, []);
  const layers = useGasLayers({ hazardFilter, campaign: campaign || null, reload, ready, heat: official, round: hazardFilter.round ?? runningRound, onVenue, onHazard });
  // The list shows the map's filter; its rows fly the map to the hazard and mark it.
  const tableQuery = { ...hazardFilter, sort: table.sort, dir: table.dir };
  const list = useApi(!ready ? null : (o) => api.gas.hazards.table.$get({ query: { ...tableQuery, offset: String(table.offset), limit: '20' } }, o), [ready, JSON.stringify(tableQuery), table.offset, reload], { keepPrevious: true });
  const exportHref = (format: ExportFormat) => hrefOf(api.gas.hazards.table.export.$url({ query: { ...tableQuery, format } }));
  useRowHighlight(chosen);

  // The inspector's first extent: the own district, from the map layer's districts.
  const { districts } = layers;
  useEffect(() => {
    if (!map || !districts || framed) return;
    const extent = polygonExtent(districts.features.filter((f) => f.properties?.code === ownDistrict));
    if (extent) map.fitBounds(extent, { padding: 30, duration: 0 });
    setFramed(true);
  }, [map, ownDistrict, districts, framed]);

  const error = campaigns.error ?? total.error ?? layers.error;
  const changed = () => setChanges((n) => n + 1);
  if (hazard !== null) return <HazardPanel id={hazard} onClose={() => setHazard(null)} onChanged={changed} />;
  if (venue !== null) return <VenuePanel venueId={venue} onClose={() => setVenue(null)} onHazard={setHazard} onChanged={changed} />;

  const current = campaigns.data?.find((c) => c.id === campaign);
  const set = (k: keyof typeof filters) => (e: { target: { value: string } }) => { setFilters({ ...filters, [k]: e.target.value }); setTable((t) => ({ ...t, offset: 0 })); };
  const labelled = <T extends string>(values: readonly T[], labels: Record<T, Bilingual>) => values.map((v) => ({ value: v, label: tr(labels[v]) }));
  const select = (k: keyof typeof filters, text: string, opts: { value: string; label: string }[]) => (
    <label>{text}<select value={filters[k]} onChange={set(k)} data-testid={`gas-filter-${k}`}><option value="">{tr('全部', 'All')}</option>{opts.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select></label>
  );
  return (
    <div className="gas-home" data-testid="gas-home">
      <h2>{tr('燃气安全督查', 'Gas-safety inspection')}</h2>
      <p className="muted" data-testid="gas-scope">
        {ownGroup ? tr(groupLabel(ownGroup.no)) + (ownGroup.kind === 'area' ? ` · ${ownGroup.districtName}` : tr(' · 全市', ' · city-wide')) : tr('全市（督办视图）', 'City-wide (review)')}
      </p>
      <p className="synthetic-note">{tr('场所与隐患为示例数据', 'Venues and hazards are synthetic demo data')}</p>
      {error && <p className="error" role="alert">{error instanceof ApiError ? error.message : tr('无网络：只显示本机已保存的数据', 'No connection: showing what this device has kept')}</p>}
      <div className="toolbar gas-tabs" role="tablist">
        {(['map', 'tasks', 'nearby', 'board', 'coverage', ...(official ? ['review' as const] : []), 'report'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'primary' : ''} data-testid={`gas-tab-${t}`} onClick={() => setTab(t)}>
            {{ map: tr('隐患与待办', 'Hazards & due'), tasks: official ? tr('任务清单', 'Work queue') : tr('我的任务', 'My tasks'), nearby: tr('附近场所', 'Nearby'), board: tr('挂牌督办', 'Major board'), coverage: tr('覆盖率', 'Coverage'), review: tr('复核与回头看', 'Review & look-back'), report: tr('报告', 'Report') }[t]}
          </button>
        ))}
      </div>
      <label>{tr('督查活动', 'Campaign')}<select value={campaign} onChange={(e) => setCampaign(e.target.value)} data-testid="gas-campaign">{campaigns.data?.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}</select></label>
      {tab === 'map' && (
        <>
          <TimeSlider testId="gas-as-of" title={{ zh: '督查轮次（时间）', en: 'Inspection round (time)' }} stops={roundStops(current?.rounds ?? [], chinaDate(new Date()))} value={filters.asOf} onChange={(asOf) => { setFilters((f) => ({ ...f, asOf })); setTable((t) => ({ ...t, offset: 0 })); }} />
          <div className="gas-filters">
            {select('round', tr('轮次', 'Round'), [...(current?.rounds ?? []).map((r) => ({ value: String(r.no), label: tr(`第${r.no}轮 ${r.nameZh}`, `Round ${r.no} ${r.nameEn}`) })), { value: 'outside', label: tr('轮次外', 'Outside a round') }])}
            {official && select('group', tr('督查组', 'Group'), inspectionGroups.map((g) => ({ value: String(g.no), label: tr(groupLabel(g.no)) })))}
            {select('status', tr('状态', 'Status'), labelled(hazardStatuses, hazardStatusLabels))}
            {select('severity', tr('等级', 'Severity'), labelled(severities, severityLabels))}
            {select('category', tr('类别', 'Category'), labelled(hazardCategories, hazardCategoryLabels))}
            {select('venueType', tr('场所类型', 'Venue type'), labelled(venueTypes, venueTypeLabels))}
            {select('overdue', tr('逾期', 'Overdue'), [{ value: 'true', label: tr('已逾期', 'Overdue') }, { value: 'false', label: tr('未逾期', 'Not overdue') }])}
          </div>
          <p data-testid="gas-hazard-total">{total.data === undefined ? tr('正在加载隐患…', 'Loading hazards…') : tr(`${filters.asOf ? `截至 ${filters.asOf}，` : ''}符合条件的隐患 ${total.data.total} 条；单击地图上的场所登记走访或隐患，单击隐患点查看并流转`, `${filters.asOf ? `As of ${filters.asOf}, ` : ''}${total.data.total} hazards match; click a venue on the map to record a visit or hazard, a hazard to view and move it`)}</p>
          <div className="toolbar" role="tablist">
            <button type="button" role="tab" aria-selected={listKind === 'hazards'} className={listKind === 'hazards' ? 'primary' : ''} data-testid="gas-list-hazards" onClick={() => setListKind('hazards')}>{tr('隐患清单', 'Hazard list')}</button>
            <button type="button" role="tab" aria-selected={listKind === 'venues'} className={listKind === 'venues' ? 'primary' : ''} data-testid="gas-list-venues" onClick={() => setListKind('venues')}>{tr('场所清单', 'Venue list')}</button>
          </div>
          {listKind === 'hazards' ? (
            <MapTable
              testId="gas-hazard-list"
              page={list.data}
              loading={list.loading}
              error={list.error}
              state={table}
              onState={setTable}
              selected={selected}
              onRow={(r) => { setSelected(Number(r.id)); if (r.place) choose(r.place); }}
              onOpen={(r) => setHazard(Number(r.id))}
              exportHref={exportHref}
              gisHref={exportHref}
            />
          ) : (
            <VenueList venueType={hazardFilter.venueType} reload={reload} onChoose={choose} onOpen={onVenue} />
          )}
          <h3>{tr('入户安检逾期', 'Safety checks overdue')}</h3>
          <DueChecks reload={reload} />
        </>
      )}
      {tab === 'nearby' && <NearbyVenues onVenue={onVenue} />}
      {tab === 'tasks' && <WorkQueue onVenue={onVenue} reload={reload} official={official} />}
      {tab === 'board' && <MajorBoard onHazard={setHazard} reload={reload} />}
      {tab === 'coverage' && <CoverageBars campaign={campaign || undefined} document={current?.document} reload={reload} />}
      {tab === 'review' && official && (
        <>
          <UnverifiedRecords kind="visits" reload={reload} />
          <UnverifiedRecords kind="hazards" reload={reload} />
          <LookBack campaign={campaign || undefined} reload={reload} />
        </>
      )}
      {tab === 'report' && (
        <>
          <div className="gas-filters">
            <label>{tr('督查组', 'Group')}<select value={reportGroup} disabled={!official} onChange={(e) => setReportGroup(Number(e.target.value))} data-testid="gas-report-group">{inspectionGroups.map((g) => <option key={g.no} value={g.no}>{tr(groupLabel(g.no))}</option>)}</select></label>
            <label>{tr('轮次', 'Round')}<select value={reportRound} onChange={(e) => setReportRound(Number(e.target.value))} data-testid="gas-report-round">{(current?.rounds ?? []).map((r) => <option key={r.no} value={r.no}>{tr(`第${r.no}轮`, `Round ${r.no}`)}</option>)}</select></label>
          </div>
          {me?.role === 'inspector' || official ? <ReportPage groupNo={reportGroup} round={reportRound} campaign={campaign || undefined} /> : null}
        </>
      )}
    </div>
  );
}
