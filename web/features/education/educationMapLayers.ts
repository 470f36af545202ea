import { useMemo } from 'react';
import type { ExpressionSpecification } from 'maplibre-gl';
import { api, hrefOf } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { classColour } from '../../map/expressions';
import { useMapState } from '../../map/mapContext';
import { emptyCollection, useMapLayers } from '../../map/useMapLayers';
import type { Bilingual } from '../../../api/domain/shared/bilingual';
import { openSchoolPopup, type SchoolGas } from './schoolPopup';

// 控辍保学 map layers: catchments by utilization, townships by dropout or consolidation rate,
// uncovered children as an aggregated grid (never points), schools sized by distance flags.

const utilizationSteps = [
  { max: 0.8, colour: '#d9f0d3', label: '< 80%' },
  { max: 1.0, colour: '#a6dba0', label: '80–100%' },
  { max: 1.2, colour: '#f4a582', label: '100–120%' },
  { max: Infinity, colour: '#ca0020', label: '> 120%' },
] as const;
const dropoutSteps: { max: number; colour: string; label: Bilingual }[] = [
  { max: 0, colour: '#f7f7f7', label: { zh: '零辍学', en: 'zero' } },
  { max: 0.002, colour: '#fddbc7', label: { zh: '≤ 0.2%', en: '≤ 0.2%' } },
  { max: 0.005, colour: '#ef8a62', label: { zh: '≤ 0.5%', en: '≤ 0.5%' } },
  { max: Infinity, colour: '#b2182b', label: { zh: '> 0.5%', en: '> 0.5%' } },
];
const consolidationColours = { meets: '#1a9850', below: '#d73027', unknown: '#bdbdbd' } as const;
const densityColours = ['#fee391', '#fe9929', '#cc4c02'] as const;
const gasRingColour = '#e65100';

export const townshipMetrics = ['dropout', 'consolidation'] as const;
export type TownshipMetric = (typeof townshipMetrics)[number];

const townshipColour = (metric: TownshipMetric): ExpressionSpecification =>
  metric === 'dropout'
    ? classColour('dropoutRate', dropoutSteps)
    : ['case', ['==', ['get', 'meets'], true], consolidationColours.meets, ['==', ['get', 'meets'], false], consolidationColours.below, consolidationColours.unknown];

const points = <T>(rows: readonly T[], at: (r: T) => [number, number], properties: (r: T) => Record<string, unknown>): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: rows.map((r) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: at(r) }, properties: properties(r) })),
});

/**
 * The 控辍保学 layers; `townships` is the township collection joined with the metrics. Returns
 * the gas-hazard answer (its matching rule is shown beside the legend) and the first error of
 * the layers' own requests.
 */
export function useEducationLayers(townships: GeoJSON.FeatureCollection | null, metric: TownshipMetric, thresholds: { primary: number; junior: number }) {
  const { tr } = useI18n();
  const { map } = useMapState();
  const gas = useApi((o) => api.education.schools['gas-hazards'].$get({ query: {} }, o), []);
  const flags = useApi((o) => api.education['distance-flags'].$get({ query: { primaryMeters: thresholds.primary, juniorMeters: thresholds.junior } }, o), [thresholds.primary, thresholds.junior], { keepPrevious: true });
  const gasSchools = gas.data?.schools;
  const gasByCode = useMemo(() => new Map<string, SchoolGas>((gasSchools ?? []).map((s) => [s.schoolCode, s])), [gasSchools]);
  const gasRule = gas.data ? tr(gas.data.rule) : null;
  // New collections only when an answer changes: the map is given data it has not seen yet.
  const gasPoints = useMemo(() => (gasSchools ? points(gasSchools, (s) => [s.lon, s.lat], (s) => ({ code: s.schoolCode, openHazards: s.openHazards, majorHazards: s.majorHazards })) : emptyCollection), [gasSchools]);
  const flagged = flags.data?.schools;
  const schoolPoints = useMemo(() => (flagged ? points(flagged, (s) => [s.lon, s.lat], (s) => ({ code: s.schoolCode, name: s.schoolName, flagged: s.flagged, children: s.children })) : emptyCollection), [flagged]);

  useMapLayers({
    sources: {
      'edu-townships': { type: 'geojson', data: townships ?? emptyCollection },
      // Fetched by MapLibre itself: the view needs nothing from them but the picture.
      'edu-catchments': { type: 'geojson', data: hrefOf(api.education.coverage.catchments.$url()) },
      'edu-uncovered': { type: 'geojson', data: hrefOf(api.education['uncovered-density'].$url({ query: { cellDegrees: 0.04 } })) },
      'edu-school-gas': { type: 'geojson', data: gasPoints },
      'edu-schools': { type: 'geojson', data: schoolPoints },
    },
    layers: [
      { id: 'edu-township-fill', type: 'fill', source: 'edu-townships', paint: { 'fill-color': townshipColour(metric), 'fill-opacity': 0.55 } },
      { id: 'edu-township-line', type: 'line', source: 'edu-townships', paint: { 'line-color': '#6d6d6d', 'line-width': 0.6 } },
      { id: 'edu-catchment-fill', type: 'fill', source: 'edu-catchments', paint: { 'fill-color': classColour('utilization', utilizationSteps), 'fill-opacity': 0.45 } },
      { id: 'edu-catchment-line', type: 'line', source: 'edu-catchments', paint: { 'line-color': '#33691e', 'line-width': 0.8 } },
      { id: 'edu-uncovered-fill', type: 'fill', source: 'edu-uncovered', paint: { 'fill-color': ['step', ['get', 'count'], densityColours[0], 10, densityColours[1], 50, densityColours[2]], 'fill-opacity': 0.8 } },
      // A ring drawn under the school dot, a little larger than the biggest dot at its count.
      {
        id: 'edu-school-gas-ring', type: 'circle', source: 'edu-school-gas',
        paint: { 'circle-radius': ['interpolate', ['linear'], ['get', 'openHazards'], 1, 9, 10, 14], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': gasRingColour, 'circle-stroke-width': ['case', ['>', ['get', 'majorHazards'], 0], 3.5, 2] },
      },
      {
        id: 'edu-school-point', type: 'circle', source: 'edu-schools',
        paint: { 'circle-radius': ['interpolate', ['linear'], ['get', 'flagged'], 0, 3, 50, 9, 500, 16], 'circle-color': ['case', ['>', ['get', 'flagged'], 0], '#7b1fa2', '#455a64'], 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
      },
    ],
    click: { 'edu-school-point': (e) => map && openSchoolPopup(map, e, tr, gasByCode, gasRule) },
    pointer: ['edu-school-point'],
    groups: [
      {
        id: 'edu-townships',
        label: metric === 'dropout' ? tr('乡镇辍学率', 'Township dropout rate') : tr('乡镇巩固率（对照目标）', 'Township consolidation vs target'),
        layerIds: ['edu-township-fill', 'edu-township-line'],
        legend:
          metric === 'dropout'
            ? dropoutSteps.map((s) => ({ colour: s.colour, label: tr(s.label) }))
            : [
                { colour: consolidationColours.meets, label: tr('达到目标', 'Meets target') },
                { colour: consolidationColours.below, label: tr('低于目标', 'Below target') },
                { colour: consolidationColours.unknown, label: tr('无数据', 'No data') },
              ],
      },
      { id: 'edu-catchments', label: tr('招生片区利用率', 'Catchment utilization'), layerIds: ['edu-catchment-fill', 'edu-catchment-line'], legend: utilizationSteps.map((s) => ({ colour: s.colour, label: s.label })) },
      {
        id: 'edu-uncovered',
        label: tr('片区外适龄儿童（网格汇总）', 'Children outside catchments (grid)'),
        layerIds: ['edu-uncovered-fill'],
        legend: [
          { colour: densityColours[0], label: tr('1–9 人', '1–9') },
          { colour: densityColours[1], label: tr('10–49 人', '10–49') },
          { colour: densityColours[2], label: tr('≥ 50 人', '≥ 50') },
        ],
      },
      {
        id: 'edu-schools',
        label: tr('学校（紫色：有学生上学距离超阈值）', 'Schools (purple: pupils living too far)'),
        layerIds: ['edu-school-point'],
        legend: [
          { colour: '#7b1fa2', label: tr('有超距学生', 'Has distant pupils'), shape: 'circle' },
          { colour: '#455a64', label: tr('无', 'None'), shape: 'circle' },
        ],
      },
      {
        id: 'edu-school-gas',
        label: tr('有未销号燃气隐患的学校（橙色圈）', 'Schools with open gas hazards (orange ring)'),
        layerIds: ['edu-school-gas-ring'],
        legend: [{ colour: gasRingColour, label: tr('未销号燃气隐患（粗圈：含重大隐患）', 'Open gas hazards (thick ring: a major one)'), shape: 'line' }],
      },
    ],
  });
  return { gas: gas.data, gasError: gas.error, error: flags.error };
}
