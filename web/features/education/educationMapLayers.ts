import { useEffect, useMemo } from 'react';
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

/** The chooser's options on the 控辍保学 map (one thematic layer at a time). */
export const educationThemes = { dropout: 'edu-dropout', consolidation: 'edu-consolidation', catchments: 'edu-catchments', uncovered: 'edu-uncovered', schools: 'edu-schools' } as const;

const consolidationFill: ExpressionSpecification = ['case', ['==', ['feature-state', 'meets'], true], consolidationColours.meets, ['==', ['feature-state', 'meets'], false], consolidationColours.below, consolidationColours.unknown];

/** A township's figures, joined onto the base map's township polygons by code (feature state). */
export interface TownshipValues {
  code: string;
  dropoutRate: number;
  meets: boolean | null;
}

// School circles: radius (px) by pupils living beyond the distance threshold (the size key).
const schoolSizes = [{ flagged: 0, radius: 3 }, { flagged: 50, radius: 9 }, { flagged: 500, radius: 16 }] as const;
const schoolRadius = ['interpolate', ['linear'], ['get', 'flagged'], ...schoolSizes.flatMap((s) => [s.flagged, s.radius])] as unknown as ExpressionSpecification;

const points = <T>(rows: readonly T[], at: (r: T) => [number, number], properties: (r: T) => Record<string, unknown>): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: rows.map((r) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: at(r) }, properties: properties(r) })),
});

/**
 * The 控辍保学 layers; `townships` are the township figures, drawn on the base map's township
 * polygons (source `townships`, promoteId `code`) as feature state. Thematic,
 * one at a time: township dropout rate, township consolidation, catchment utilization, uncovered
 * children per grid cell, schools sized by distant pupils. Each dataset is fetched only while its
 * layer is chosen, as of `asOf` (the time slider; undefined = today). Reference: schools with open
 * gas hazards (ring, today's: hazards have their own slider on the gas map). Returns the gas-hazard answer
 * (its matching rule is shown beside the legend) and the first error of the layers' own requests.
 */
export function useEducationLayers(townships: readonly TownshipValues[] | null, thresholds: { primary: number; junior: number }, asOf?: string) {
  const { tr } = useI18n();
  const { map, thematic } = useMapState();
  const gas = useApi((o) => api.education.schools['gas-hazards'].$get({ query: {} }, o), []);
  const showSchools = thematic === educationThemes.schools;
  const flags = useApi(showSchools ? (o) => api.education['distance-flags'].$get({ query: { primaryMeters: thresholds.primary, juniorMeters: thresholds.junior, asOf } }, o) : null, [showSchools, thresholds.primary, thresholds.junior, asOf], { keepPrevious: true });
  const gasSchools = gas.data?.schools;
  const gasByCode = useMemo(() => new Map<string, SchoolGas>((gasSchools ?? []).map((s) => [s.schoolCode, s])), [gasSchools]);
  const gasRule = gas.data ? tr(gas.data.rule) : null;
  // New collections only when an answer changes: the map is given data it has not seen yet.
  const gasPoints = useMemo(() => (gasSchools ? points(gasSchools, (s) => [s.lon, s.lat], (s) => ({ code: s.schoolCode, openHazards: s.openHazards, majorHazards: s.majorHazards })) : emptyCollection), [gasSchools]);
  const flagged = flags.data?.schools;
  const schoolPoints = useMemo(() => (flagged ? points(flagged, (s) => [s.lon, s.lat], (s) => ({ code: s.schoolCode, name: s.schoolName, flagged: s.flagged, children: s.children })) : emptyCollection), [flagged]);
  const fetched = (theme: string, url: string) => (thematic === theme ? url : emptyCollection);

  // The figures as feature state of the base townships, set once that source exists (a new map
  // after a language switch runs this again).
  useEffect(() => {
    if (!map || !townships) return;
    const apply = () => {
      if (!map.getSource('townships')) return false;
      for (const t of townships) map.setFeatureState({ source: 'townships', id: t.code }, { dropoutRate: t.dropoutRate, meets: t.meets });
      return true;
    };
    if (apply()) return;
    const later = () => {
      if (apply()) map.off('styledata', later);
    };
    map.on('styledata', later);
    return () => {
      map.off('styledata', later);
    };
  }, [map, townships]);

  useMapLayers({
    sources: {
      // Fetched by MapLibre itself, only while chosen: the view needs nothing from them but the picture.
      'edu-catchments': { type: 'geojson', data: fetched(educationThemes.catchments, hrefOf(api.education.coverage.catchments.$url({ query: { asOf } }))) },
      'edu-uncovered': { type: 'geojson', data: fetched(educationThemes.uncovered, hrefOf(api.education['uncovered-density'].$url({ query: { cellDegrees: 0.04, asOf } }))) },
      'edu-school-gas': { type: 'geojson', data: gasPoints },
      'edu-schools': { type: 'geojson', data: schoolPoints },
    },
    layers: [
      { id: 'edu-dropout-fill', type: 'fill', source: 'townships', paint: { 'fill-color': classColour('dropoutRate', dropoutSteps, 'feature-state'), 'fill-opacity': 0.55 } },
      { id: 'edu-consolidation-fill', type: 'fill', source: 'townships', paint: { 'fill-color': consolidationFill, 'fill-opacity': 0.55 } },
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
        paint: { 'circle-radius': schoolRadius, 'circle-color': ['case', ['>', ['get', 'flagged'], 0], '#7b1fa2', '#455a64'], 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
      },
    ],
    click: { 'edu-school-point': (e) => map && openSchoolPopup(map, e, tr, gasByCode, gasRule) },
    pointer: ['edu-school-point'],
    groups: [
      {
        id: educationThemes.dropout, thematic: true, primary: true,
        label: tr('乡镇辍学率', 'Township dropout rate'),
        layerIds: ['edu-dropout-fill'],
        legend: { title: tr('乡镇辍学率（%）', 'Township dropout rate (%)'), note: tr('辍学人数 ÷ 适龄儿童数', 'Dropouts ÷ school-age children'), items: dropoutSteps.map((s) => ({ colour: s.colour, label: tr(s.label) })) },
      },
      {
        id: educationThemes.consolidation, thematic: true,
        label: tr('乡镇巩固率（对照目标）', 'Township consolidation vs target'),
        layerIds: ['edu-consolidation-fill'],
        legend: {
          title: tr('义务教育巩固率对照目标', 'Compulsory-education consolidation rate vs target'),
          note: tr('乡镇巩固率与所在县区目标比较', 'The township\'s rate against its county\'s target'),
          items: [
            { colour: consolidationColours.meets, label: tr('达到目标', 'Meets target') },
            { colour: consolidationColours.below, label: tr('低于目标', 'Below target') },
            { colour: consolidationColours.unknown, label: tr('无数据', 'No data') },
          ],
        },
      },
      {
        id: educationThemes.catchments, thematic: true,
        label: tr('招生片区利用率', 'Catchment utilization'),
        layerIds: ['edu-catchment-fill', 'edu-catchment-line'],
        legend: { title: tr('招生片区学位利用率（%）', 'Catchment place utilization (%)'), note: tr('片区内适龄儿童数 ÷ 学校学位数', 'School-age children in the catchment ÷ school places'), items: utilizationSteps.map((s) => ({ colour: s.colour, label: s.label })) },
      },
      {
        id: educationThemes.uncovered, thematic: true,
        label: tr('片区外适龄儿童（网格）', 'Children outside catchments (grid)'),
        layerIds: ['edu-uncovered-fill'],
        legend: {
          title: tr('片区外适龄儿童（人/网格）', 'Children outside every catchment (per grid cell)'),
          note: tr('每格 0.04°×0.04°（约 4 km）；只显示汇总，不显示个人位置', 'Cells of 0.04°×0.04° (about 4 km); aggregates only, never a child\'s location'),
          items: [
            { colour: densityColours[0], label: tr('1–9 人', '1–9 children') },
            { colour: densityColours[1], label: tr('10–49 人', '10–49 children') },
            { colour: densityColours[2], label: tr('≥ 50 人', '≥ 50 children') },
          ],
        },
      },
      {
        id: educationThemes.schools, thematic: true,
        label: tr('学校上学距离超阈值', 'Schools: pupils living too far'),
        layerIds: ['edu-school-point'],
        legend: {
          title: tr('上学距离超阈值的学生（人/校）', 'Pupils beyond the distance threshold (per school)'),
          note: tr(`阈值：小学 ${thresholds.primary} 米、初中 ${thresholds.junior} 米；圆的大小为超距人数`, `Thresholds: primary ${thresholds.primary} m, junior ${thresholds.junior} m; circle size = pupils beyond`),
          items: [
            { colour: '#7b1fa2', label: tr('有超距学生', 'Has distant pupils'), shape: 'circle' },
            { colour: '#455a64', label: tr('无', 'None'), shape: 'circle' },
          ],
          sizes: schoolSizes.map((s) => ({ radius: s.radius, colour: '#7b1fa2', label: tr(`${s.flagged} 人`, `${s.flagged} pupils`) })),
        },
      },
      {
        id: 'edu-school-gas',
        label: tr('有未销号燃气隐患的学校（橙色圈）', 'Schools with open gas hazards (orange ring)'),
        layerIds: ['edu-school-gas-ring'],
        legend: { title: tr('有未销号燃气隐患的学校', 'Schools with open gas hazards'), items: [{ colour: gasRingColour, label: tr('未销号燃气隐患（粗圈：含重大隐患）', 'Open gas hazards (thick ring: a major one)'), shape: 'line' }] },
      },
    ],
  });
  return { gas: gas.data, gasError: gas.error, error: flags.error };
}
