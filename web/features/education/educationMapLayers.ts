import { useEffect, useState } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { api, unwrap, urlOf } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { installSchoolPopup, type SchoolGas } from './schoolPopup';

// 控辍保学 map layers: catchments by utilization, townships by dropout or consolidation rate,
// uncovered children as an aggregated grid (never points), schools sized by distance flags.

export const utilizationSteps = [
  { max: 0.8, colour: '#d9f0d3', zh: '< 80%', en: '< 80%' },
  { max: 1.0, colour: '#a6dba0', zh: '80–100%', en: '80–100%' },
  { max: 1.2, colour: '#f4a582', zh: '100–120%', en: '100–120%' },
  { max: Infinity, colour: '#ca0020', zh: '> 120%', en: '> 120%' },
] as const;
export const dropoutSteps = [
  { max: 0, colour: '#f7f7f7', zh: '零辍学', en: 'zero' },
  { max: 0.002, colour: '#fddbc7', zh: '≤ 0.2%', en: '≤ 0.2%' },
  { max: 0.005, colour: '#ef8a62', zh: '≤ 0.5%', en: '≤ 0.5%' },
  { max: Infinity, colour: '#b2182b', zh: '> 0.5%', en: '> 0.5%' },
] as const;
export const consolidationColours = { meets: '#1a9850', below: '#d73027', unknown: '#bdbdbd' } as const;
export const densityColours = ['#fee391', '#fe9929', '#cc4c02'] as const;
export const gasRingColour = '#e65100';

export const educationLayerIds = {
  townships: ['edu-township-fill', 'edu-township-line'],
  catchments: ['edu-catchment-fill', 'edu-catchment-line'],
  uncovered: ['edu-uncovered-fill'],
  schools: ['edu-school-point'],
  schoolGas: ['edu-school-gas-ring'],
};
const allLayers = [...educationLayerIds.townships, ...educationLayerIds.catchments, ...educationLayerIds.uncovered, ...educationLayerIds.schoolGas, ...educationLayerIds.schools];
const sources = ['edu-townships', 'edu-catchments', 'edu-uncovered', 'edu-school-gas', 'edu-schools'];

function steps(prop: string, list: readonly { max: number; colour: string }[]): unknown[] {
  const expr: unknown[] = ['step', ['coalesce', ['get', prop], 0], list[0]!.colour];
  for (let i = 0; i < list.length - 1; i++) expr.push(list[i]!.max + 1e-9, list[i + 1]!.colour);
  return expr;
}

export type TownshipMetric = 'dropout' | 'consolidation';

type GasAnswer = Awaited<ReturnType<typeof loadGas>>;
const loadGas = () => unwrap(api.education.schools['gas-hazards'].$get({ query: {} }));

/**
 * Adds the layers once the map is ready; `townships` is the township collection joined with the
 * metrics. Returns the gas-hazard answer (its matching rule is shown beside the legend).
 */
export function useEducationLayers(map: MapLibreMap | null, townships: GeoJSON.FeatureCollection | null, metric: TownshipMetric, distanceThresholds: { primary: number; junior: number }) {
  const { tr } = useI18n();
  const [gas, setGas] = useState<GasAnswer | null>(null);
  const [gasError, setGasError] = useState<string | null>(null);

  useEffect(() => {
    loadGas().then(setGas).catch((e: Error) => setGasError(e.message));
  }, []);

  useEffect(() => {
    if (!map || !gas) return;
    const fc: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: gas.schools.map((s) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [s.lon, s.lat] }, properties: { code: s.schoolCode, openHazards: s.openHazards, majorHazards: s.majorHazards } })),
    };
    const set = () => (map.getSource('edu-school-gas') as GeoJSONSource | undefined)?.setData(fc);
    if (map.getSource('edu-school-gas')) set();
    else map.once('idle', set);
  }, [map, gas]);

  useEffect(() => {
    if (!map) return;
    const byCode = new Map<string, SchoolGas>((gas?.schools ?? []).map((s) => [s.schoolCode, s]));
    return installSchoolPopup(map, tr, byCode, gas ? tr(gas.rule.zh, gas.rule.en) : null);
  }, [map, gas, tr]);
  useEffect(() => {
    if (!map) return;
    const add = () => {
      if (map.getSource('edu-townships')) return;
      const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
      map.addSource('edu-townships', { type: 'geojson', data: empty });
      map.addSource('edu-catchments', { type: 'geojson', data: urlOf(api.education.coverage.catchments) });
      map.addSource('edu-uncovered', { type: 'geojson', data: urlOf(api.education['uncovered-density'], { cellDegrees: 0.04 }) });
      map.addSource('edu-school-gas', { type: 'geojson', data: empty });
      map.addSource('edu-schools', { type: 'geojson', data: empty });
      map.addLayer({ id: 'edu-township-fill', type: 'fill', source: 'edu-townships', paint: { 'fill-color': '#ccc', 'fill-opacity': 0.55 } });
      map.addLayer({ id: 'edu-township-line', type: 'line', source: 'edu-townships', paint: { 'line-color': '#6d6d6d', 'line-width': 0.6 } });
      map.addLayer({ id: 'edu-catchment-fill', type: 'fill', source: 'edu-catchments', paint: { 'fill-color': steps('utilization', utilizationSteps) as never, 'fill-opacity': 0.45 } });
      map.addLayer({ id: 'edu-catchment-line', type: 'line', source: 'edu-catchments', paint: { 'line-color': '#33691e', 'line-width': 0.8 } });
      map.addLayer({
        id: 'edu-uncovered-fill',
        type: 'fill',
        source: 'edu-uncovered',
        paint: { 'fill-color': ['step', ['get', 'count'], densityColours[0], 10, densityColours[1], 50, densityColours[2]] as never, 'fill-opacity': 0.8 },
      });
      // A ring drawn under the school dot, a little larger than the biggest dot at its count.
      map.addLayer({
        id: 'edu-school-gas-ring',
        type: 'circle',
        source: 'edu-school-gas',
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['get', 'openHazards'], 1, 9, 10, 14] as never,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': gasRingColour,
          'circle-stroke-width': ['case', ['>', ['get', 'majorHazards'], 0], 3.5, 2] as never,
        },
      });
      map.addLayer({
        id: 'edu-school-point',
        type: 'circle',
        source: 'edu-schools',
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['get', 'flagged'], 0, 3, 50, 9, 500, 16] as never,
          'circle-color': ['case', ['>', ['get', 'flagged'], 0], '#7b1fa2', '#455a64'] as never,
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1,
        },
      });
    };
    if (map.isStyleLoaded()) add();
    else map.once('load', add);
    return () => {
      map.off('load', add);
      for (const id of allLayers) if (map.getLayer(id)) map.removeLayer(id);
      for (const id of sources) if (map.getSource(id)) map.removeSource(id);
    };
  }, [map]);

  useEffect(() => {
    if (!map || !townships) return;
    const apply = () => {
      const src = map.getSource('edu-townships') as GeoJSONSource | undefined;
      if (!src) return;
      src.setData(townships);
      const colour =
        metric === 'dropout'
          ? steps('dropoutRate', dropoutSteps)
          : ['case', ['==', ['get', 'meets'], true], consolidationColours.meets, ['==', ['get', 'meets'], false], consolidationColours.below, consolidationColours.unknown];
      map.setPaintProperty('edu-township-fill', 'fill-color', colour as never);
    };
    if (map.getSource('edu-townships')) apply();
    else map.once('idle', apply);
  }, [map, townships, metric]);

  useEffect(() => {
    if (!map) return;
    let cancelled = false;
    fetch(urlOf(api.education['distance-flags'], { primaryMeters: distanceThresholds.primary, juniorMeters: distanceThresholds.junior }), { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((d: { schools: { schoolCode: string; schoolName: string; lon: number; lat: number; flagged: number; children: number }[] } | null) => {
        if (cancelled || !d) return;
        const fc: GeoJSON.FeatureCollection = {
          type: 'FeatureCollection',
          features: d.schools.map((s) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [s.lon, s.lat] }, properties: { code: s.schoolCode, name: s.schoolName, flagged: s.flagged, children: s.children } })),
        };
        const set = () => (map.getSource('edu-schools') as GeoJSONSource | undefined)?.setData(fc);
        if (map.getSource('edu-schools')) set();
        else map.once('idle', set);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [map, distanceThresholds.primary, distanceThresholds.junior]);

  return { gas, gasError };
}
