import { groupLabel } from '../../../api/domain/gas/inspectionGroups';
import { useState } from 'react';
import type { ExpressionSpecification } from 'maplibre-gl';
import { api } from '../../api/client';
import { oneOf } from '../../api/oneOf';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import { matchValue } from '../../map/expressions';
import { useMapState } from '../../map/mapContext';
import { emptyCollection, useMapLayers } from '../../map/useMapLayers';
import { lookBackFates, lookBackFateLabels, type LookBackFate } from '../../../api/domain/gas/lookBack';
import { districtCodes, districtNames } from '../../../api/domain/geo/vocabulary';

const flyTo = (map: ReturnType<typeof useMapState>['map'], coords: number[]) => map?.easeTo({ center: [coords[0]!, coords[1]!], zoom: Math.max(map.getZoom(), 16) });

/** The district filter both review lists share. */
function DistrictSelect({ value, onChange, testId }: { value: string; onChange(v: string): void; testId: string }) {
  const { tr } = useI18n();
  return (
    <label>{tr('片区', 'District')}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{tr('全部', 'All')}</option>
        {districtCodes.map((c) => <option key={c} value={c}>{tr(districtNames[c])}</option>)}
      </select>
    </label>
  );
}

type Answer<F extends (...a: never[]) => Promise<{ json(): Promise<unknown> }>> = Awaited<ReturnType<Awaited<ReturnType<F>>['json']>>;
type ReviewAnswer = Answer<typeof api.gas.visits.unverified.$get> | Answer<typeof api.gas.hazards.unverified.$get>;

/** What differs between the two review lists; the rule, query, table and map layer are shared. */
const reviewKinds = {
  visits: {
    testId: 'gas-unverified',
    title: { zh: '无定位核验的走访', en: 'Visits without location proof' },
    total: (n: number, m: number) => ({ zh: `共 ${n} 次走访待复核（距场所超过 ${m} 米或无定位）`, en: `${n} visits to review (more than ${m} m from the venue, or no position)` }),
    none: { zh: '没有待复核的走访', en: 'No visits to review' },
    legendTitle: { zh: '无定位核验的走访（次）', en: 'Visits without location proof (count)' },
    legendNote: { zh: '点为一次走访，位于其场所处', en: 'A dot is one visit, at its venue' },
    colours: ['#6a1b9a', '#d81b60'],
  },
  hazards: {
    testId: 'gas-unverified-hazards',
    title: { zh: '无定位核验的隐患', en: 'Hazards without location proof' },
    total: (n: number, m: number) => ({ zh: `共 ${n} 条隐患待复核（距场所超过 ${m} 米或无定位）`, en: `${n} hazards to review (more than ${m} m from the venue, or no position)` }),
    none: { zh: '没有待复核的隐患', en: 'No hazards to review' },
    legendTitle: { zh: '无定位核验的隐患（条）', en: 'Hazards without location proof (count)' },
    legendNote: { zh: '点为一条隐患，位于其场所处', en: 'A dot is one hazard, at its venue' },
    colours: ['#4a148c', '#ad1457'],
  },
} as const;

/**
 * 无定位核验的走访 / 隐患 (issue 10, on-site check): visits and hazards recorded without a position
 * or too far from the venue (the same onSiteRules), for the officials' review; never blocked at
 * recording. A table and their dots on the map; a row flies the map to the record.
 */
export function UnverifiedRecords({ kind, reload }: { kind: keyof typeof reviewKinds; reload: number }) {
  const { tr } = useI18n();
  const { map } = useMapState();
  const [district, setDistrict] = useState('');
  const k = reviewKinds[kind];
  const query = { query: { district: oneOf(districtCodes, district), limit: '200', offset: '0' } };
  const records = useApi<ReviewAnswer>((o) => (kind === 'visits' ? api.gas.visits.unverified.$get(query, o) : api.gas.hazards.unverified.$get(query, o)), [kind, district, reload], { keepPrevious: true });
  const v = records.data;
  const [noPosition, tooFar] = k.colours;
  useMapLayers({
    sources: { [k.testId]: { type: 'geojson', data: (v ?? emptyCollection) as GeoJSON.FeatureCollection } },
    layers: [{ id: `${k.testId}-point`, type: 'circle', source: k.testId, paint: { 'circle-color': ['case', ['==', ['get', 'onSite'], null], noPosition, tooFar], 'circle-radius': 7, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } }],
    groups: [{ id: k.testId, label: tr(k.title), layerIds: [`${k.testId}-point`], legend: { title: tr(k.legendTitle), note: tr(k.legendNote), items: [{ colour: noPosition, label: tr('未上传定位', 'No position sent'), shape: 'circle' }, { colour: tooFar, label: tr('距场所过远或精度不足', 'Too far or too imprecise'), shape: 'circle' }] } }],
  });
  return (
    <section data-testid={k.testId}>
      <h3>{tr(k.title)}</h3>
      <div className="gas-filters"><DistrictSelect value={district} onChange={setDistrict} testId={`${k.testId}-district`} /></div>
      {v && <p className="muted">{tr(k.total(v.total, v.rule.maxDistanceM))}</p>}
      {records.error ? <p className="error" role="alert">{records.error.message}</p> : !v ? <p className="muted">{tr('加载中…', 'Loading…')}</p> : v.features.length === 0 ? <p className="empty">{tr(k.none)}</p> : (
        <div className="map-table-scroll">
          <table className="gas-board" data-testid={`${k.testId}-table`}>
            <thead><tr><th>{tr('日期', 'Date')}</th><th>{tr('场所', 'Venue')}</th><th>{tr('组', 'Group')}</th><th>{tr('原因', 'Reason')}</th></tr></thead>
            <tbody>
              {v.features.map((f) => {
                const p = f.properties;
                const [day, detail] = 'visitedOn' in p ? [p.visitedOn, p.inspectors] : [p.foundOn, `#${p.id} ${p.description}`];
                return (
                  <tr key={p.id} data-testid={`${k.testId}-row`} onClick={() => flyTo(map, f.geometry.coordinates)}>
                    <td><button type="button" className="link" onClick={(e) => { e.stopPropagation(); flyTo(map, f.geometry.coordinates); }}>{day}</button></td>
                    <td>{p.venueName}<div className="muted">{placeName(tr, p.districtCode)} · {detail}</div>{p.outsideRound && <span className="gas-outside-badge">{tr('轮次外', 'Outside a round')}</span>}</td>
                    <td>{tr(groupLabel(p.groupNo))}</td>
                    <td>{p.onSite === null ? tr('未上传定位', 'No position') : tr(`距场所 ${p.distanceM ?? '?'} 米`, `${p.distanceM ?? '?'} m from venue`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const fateColours: Record<LookBackFate, string> = { rectified_verified: '#2e7d32', still_open: '#ef8a17', refound: '#6a1b9a', overdue: '#c62828' };
const fateColour = matchValue('fate', lookBackFates.map((f) => [f, fateColours[f]] as const), '#9e9e9e') as ExpressionSpecification;

/**
 * 回头看 (东政办〔2023〕98号 §一(一), round 2 is the look-back): per group and district, how the
 * first round's hazards fared; on the map the same hazards coloured by fate, filtered by one fate.
 */
export function LookBack({ campaign, reload }: { campaign?: string; reload: number }) {
  const { tr } = useI18n();
  const { map } = useMapState();
  const [district, setDistrict] = useState('');
  const [fate, setFate] = useState('');
  const data = useApi((o) => api.gas['look-back'].$get({ query: { campaignId: campaign, district: oneOf(districtCodes, district) } }, o), [campaign, district, reload], { keepPrevious: true });
  const d = data.data;
  const chosen = oneOf(lookBackFates, fate);
  useMapLayers({
    sources: { 'gas-lookback': { type: 'geojson', data: (d ? { type: 'FeatureCollection', features: d.features } : emptyCollection) as GeoJSON.FeatureCollection } },
    layers: [{ id: 'gas-lookback-point', type: 'circle', source: 'gas-lookback', filter: chosen ? ['==', ['get', 'fate'], chosen] : ['has', 'fate'], paint: { 'circle-color': fateColour, 'circle-radius': 7, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } }],
    groups: [{ id: 'gas-lookback', label: tr('回头看：第一轮隐患的结果', 'Look-back: fate of round-1 hazards'), layerIds: ['gas-lookback-point'], legend: { title: tr('回头看：第一轮隐患的结果（处）', 'Look-back: fate of round-1 hazards (count)'), note: tr('点为一处第一轮发现的隐患', 'A dot is one hazard found in round 1'), items: lookBackFates.map((f) => ({ colour: fateColours[f], label: tr(lookBackFateLabels[f]), shape: 'circle' as const })) } }],
  });
  const cols = ['rectified_verified', 'still_open', 'refound', 'overdue'] as const;
  return (
    <section data-testid="gas-lookback">
      <h3>{tr('回头看', 'Look-back')}</h3>
      <div className="gas-filters">
        <DistrictSelect value={district} onChange={setDistrict} testId="gas-lookback-district" />
        <label>{tr('地图显示', 'Map shows')}
          <select value={fate} onChange={(e) => setFate(e.target.value)} data-testid="gas-lookback-fate">
            <option value="">{tr('全部结果', 'All fates')}</option>
            {lookBackFates.map((f) => <option key={f} value={f}>{tr(lookBackFateLabels[f])}</option>)}
          </select>
        </label>
      </div>
      {data.error ? <p className="error" role="alert">{data.error.message}</p> : !d ? <p className="muted">{tr('加载中…', 'Loading…')}</p> : d.rows.length === 0 ? <p className="empty">{tr('第一轮没有隐患', 'No round-1 hazards')}</p> : (
        <div className="map-table-scroll">
          <p className="muted">{tr(`第${d.firstRound.no}轮隐患在第${d.secondRound.no}轮（截至 ${d.today}）的结果`, `Round ${d.firstRound.no} hazards as seen in round ${d.secondRound.no} (as of ${d.today})`)}</p>
          <table className="gas-board" data-testid="gas-lookback-table">
            <thead><tr><th>{tr('组', 'Group')}</th><th>{tr('片区', 'District')}</th>{cols.map((c) => <th key={c}>{tr(lookBackFateLabels[c])}</th>)}</tr></thead>
            <tbody>
              {d.rows.map((r) => (
                <tr key={`${r.groupNo}-${r.districtCode}`} data-testid="gas-lookback-row">
                  <td>{tr(groupLabel(r.groupNo))}</td>
                  <td>{placeName(tr, r.districtCode)}</td>
                  {cols.map((c) => <td key={c}><button type="button" className="link" onClick={() => { setFate(c); const f = d.features.find((x) => x.properties.fate === c && x.properties.groupNo === r.groupNo && x.properties.districtCode === r.districtCode); if (f) flyTo(map, f.geometry.coordinates); }}>{r[c]}</button></td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
