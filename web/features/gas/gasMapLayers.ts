import { useEffect, useRef } from 'react';
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { api, urlOf } from '../../api/client';
import { areaGroups } from '../../../api/domain/gas/inspectionGroups';

// Severity × status colours: majors red family, generals orange family; fixed ones green/grey.
export const hazardColours = [
  { key: 'major-open', colour: '#c62828', zh: '重大隐患（未整改）', en: 'Major, open' },
  { key: 'general-open', colour: '#ef8a17', zh: '一般隐患（未整改）', en: 'General, open' },
  { key: 'rectified', colour: '#2e7d32', zh: '已整改待核验', en: 'Rectified, awaiting check' },
  { key: 'verified', colour: '#9e9e9e', zh: '已核验销号', en: 'Verified (closed)' },
] as const;
export const districtColours: Record<string, string> = {
  '630202': '#8ecae6', '630203': '#ffb703', '630222': '#90be6d', '630223': '#f28482', '630224': '#b5a1e6', '630225': '#84a59d', park: '#577590',
};
export const gasLayerIds = {
  districts: ['gas-district-fill', 'gas-district-line', 'gas-district-label'],
  venues: ['gas-venue-cluster', 'gas-venue-count', 'gas-venue-point'],
  hazards: ['gas-hazard-cluster', 'gas-hazard-count', 'gas-hazard-point'],
  heat: ['gas-hazard-heat'],
};
const allLayers = [...gasLayerIds.heat, ...gasLayerIds.districts, ...gasLayerIds.venues, ...gasLayerIds.hazards];
const sources = ['gas-districts', 'gas-venues', 'gas-hazards', 'gas-hazards-heat'];

const hazardColour = [
  'case',
  ['==', ['get', 'status'], 'verified'], '#9e9e9e',
  ['==', ['get', 'status'], 'rectified'], '#2e7d32',
  ['==', ['get', 'severity'], 'major'], '#c62828',
  '#ef8a17',
] as const;

/**
 * Runs `fn` once the style is usable; returns a canceller so an unmounted effect adds nothing.
 * isStyleLoaded() is also false while a source reloads, after 'load' has long fired, so the
 * fallback waits for the next 'idle' (which follows the first load too), not for 'load'.
 */
function whenReady(map: MapLibreMap, fn: () => void): () => void {
  if (map.isStyleLoaded()) {
    fn();
    return () => undefined;
  }
  map.once('idle', fn);
  return () => map.off('idle', fn);
}

/** The hazard list's filters, as the cluster endpoint takes them (bbox and zoom come from the map). */
export type HazardFilterQuery = Record<string, string | number | undefined>;

const emptyFc = { type: 'FeatureCollection' as const, features: [] };
const viewOf = (map: MapLibreMap) => {
  const b = map.getBounds();
  return { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(5)).join(','), zoom: Math.floor(map.getZoom()) };
};

/**
 * Districts coloured by group with labels; venue and hazard clusters computed on the server
 * (supercluster) for the visible view, so 1,000,000 hazards never reach the browser; the heat
 * layer for officials weighs the same clusters by their counts.
 */
export function useGasLayers(
  map: MapLibreMap | null,
  opts: { hazardFilter: HazardFilterQuery; heat: boolean; onVenue(id: number, name: string): void; onHazard(id: number): void },
) {
  const { hazardFilter, heat, onVenue, onHazard } = opts;
  const filterRef = useRef(hazardFilter);
  filterRef.current = hazardFilter;
  const hazardRequest = useRef(0);
  const refreshHazards = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!map) return;
    let venueRequest = 0;
    refreshHazards.current = () => {
      const n = ++hazardRequest.current;
      fetch(urlOf(api.gas.hazards.clusters, { ...filterRef.current, ...viewOf(map) }), { credentials: 'same-origin' })
        .then((r) => (r.ok ? r.json() : null))
        .then((fc) => {
          if (!fc || n !== hazardRequest.current) return;
          (map.getSource('gas-hazards') as GeoJSONSource | undefined)?.setData(fc);
          (map.getSource('gas-hazards-heat') as GeoJSONSource | undefined)?.setData(fc);
        })
        .catch(() => undefined);
    };
    const refreshVenues = () => {
      const { bbox } = viewOf(map);
      const n = ++venueRequest;
      fetch(urlOf(api.gas.venues.clusters, { bbox, zoom: Math.floor(map.getZoom()) }), { credentials: 'same-origin' })
        .then((r) => (r.ok ? r.json() : null))
        .then((fc) => {
          if (fc && n === venueRequest) (map.getSource('gas-venues') as GeoJSONSource | undefined)?.setData(fc);
        })
        .catch(() => undefined);
    };
    const venueClick = (e: MapLayerMouseEvent) => {
      const p = e.features?.[0]?.properties;
      if (p?.id !== undefined) onVenue(Number(p.id), String(p.name));
    };
    const clusterZoom = (e: MapLayerMouseEvent) => map.easeTo({ center: e.lngLat, zoom: map.getZoom() + 2 });
    const hazardClick = (e: MapLayerMouseEvent) => {
      const p = e.features?.[0]?.properties;
      if (p?.id !== undefined) onHazard(Number(p.id));
    };
    const cancel = whenReady(map, () => {
      if (map.getSource('gas-districts')) return;
      const labelExpr = ['get', 'name'];
      map.addSource('gas-districts', { type: 'geojson', data: urlOf(api.geo.districts) });
      const fill: unknown[] = ['match', ['get', 'code']];
      for (const [code, colour] of Object.entries(districtColours)) fill.push(code, colour);
      fill.push('#cccccc');
      map.addLayer({ id: 'gas-district-fill', type: 'fill', source: 'gas-districts', paint: { 'fill-color': fill as never, 'fill-opacity': 0.18 } });
      map.addLayer({ id: 'gas-district-line', type: 'line', source: 'gas-districts', paint: { 'line-color': fill as never, 'line-width': 2 } });
      const groupOf: unknown[] = ['match', ['get', 'code']];
      for (const g of areaGroups) groupOf.push(g.districtCode, `第${g.no}组`);
      groupOf.push('');
      map.addLayer({
        id: 'gas-district-label', type: 'symbol', source: 'gas-districts',
        layout: { 'text-field': ['format', labelExpr, {}, '\n', {}, groupOf, { 'font-scale': 0.8 }] as never, 'text-size': 13 },
        paint: { 'text-color': '#1f2d3d', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
      });
      map.addSource('gas-venues', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({ id: 'gas-venue-cluster', type: 'circle', source: 'gas-venues', filter: ['has', 'point_count'], paint: { 'circle-color': '#5c7cfa', 'circle-opacity': 0.6, 'circle-radius': ['step', ['get', 'point_count'], 12, 50, 18, 500, 26] } });
      map.addLayer({ id: 'gas-venue-count', type: 'symbol', source: 'gas-venues', filter: ['has', 'point_count'], layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 11 }, paint: { 'text-color': '#fff' } });
      map.addLayer({ id: 'gas-venue-point', type: 'circle', source: 'gas-venues', filter: ['!', ['has', 'point_count']], paint: { 'circle-color': '#3b5bdb', 'circle-radius': 5, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } });
      map.addSource('gas-hazards', { type: 'geojson', data: emptyFc });
      map.addLayer({ id: 'gas-hazard-cluster', type: 'circle', source: 'gas-hazards', filter: ['has', 'point_count'], paint: { 'circle-color': ['case', ['>', ['get', 'major'], 0], '#c62828', '#e8590c'] as never, 'circle-stroke-color': ['case', ['>', ['get', 'overdue'], 0], '#000', '#fff'] as never, 'circle-stroke-width': 1, 'circle-opacity': 0.75, 'circle-radius': ['step', ['get', 'point_count'], 10, 20, 15, 200, 22] } });
      map.addLayer({ id: 'gas-hazard-count', type: 'symbol', source: 'gas-hazards', filter: ['has', 'point_count'], layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 11 }, paint: { 'text-color': '#fff' } });
      map.addLayer({ id: 'gas-hazard-point', type: 'circle', source: 'gas-hazards', filter: ['!', ['has', 'point_count']], paint: { 'circle-color': hazardColour as never, 'circle-radius': ['case', ['==', ['get', 'severity'], 'major'], 8, 6], 'circle-stroke-color': ['case', ['get', 'overdue'], '#000', '#fff'] as never, 'circle-stroke-width': ['case', ['get', 'overdue'], 2, 1] as never } });
      map.on('click', 'gas-venue-point', venueClick);
      map.on('click', 'gas-venue-cluster', clusterZoom);
      map.on('click', 'gas-hazard-point', hazardClick);
      map.on('click', 'gas-hazard-cluster', clusterZoom);
      map.on('moveend', refreshVenues);
      map.on('moveend', refreshHazards.current);
      refreshVenues();
      refreshHazards.current();
    });
    return () => {
      cancel();
      map.off('click', 'gas-venue-point', venueClick);
      map.off('click', 'gas-venue-cluster', clusterZoom);
      map.off('click', 'gas-hazard-point', hazardClick);
      map.off('click', 'gas-hazard-cluster', clusterZoom);
      map.off('moveend', refreshVenues);
      map.off('moveend', refreshHazards.current);
      refreshHazards.current = () => undefined;
      for (const id of [...allLayers].reverse()) if (map.getLayer(id)) map.removeLayer(id);
      for (const s of sources) if (map.getSource(s)) map.removeSource(s);
    };
    // Layers are built once per map; data changes go through setData below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);

  const filterKey = JSON.stringify(hazardFilter);
  useEffect(() => {
    if (!map) return;
    return whenReady(map, () => refreshHazards.current());
  }, [map, filterKey]);

  useEffect(() => {
    if (!map || !heat) return;
    const cancel = whenReady(map, () => {
      if (map.getSource('gas-hazards-heat')) return;
      map.addSource('gas-hazards-heat', { type: 'geojson', data: emptyFc });
      map.addLayer(
        {
          id: 'gas-hazard-heat', type: 'heatmap', source: 'gas-hazards-heat', maxzoom: 14,
          paint: {
            // A cluster weighs as its hazards (log-damped so one dense town does not blank the rest);
            // a single hazard weighs by severity.
            'heatmap-weight': ['case', ['has', 'point_count'], ['min', 1, ['/', ['ln', ['+', 1, ['get', 'point_count']]], 5]], ['==', ['get', 'severity'], 'major'], 1, 0.4] as never,
            'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 6, 8, 12, 24] as never,
            'heatmap-opacity': 0.6,
          },
        },
        'gas-district-label',
      );
      refreshHazards.current();
    });
    return () => {
      cancel();
      if (map.getLayer('gas-hazard-heat')) map.removeLayer('gas-hazard-heat');
      if (map.getSource('gas-hazards-heat')) map.removeSource('gas-hazards-heat');
    };
  }, [map, heat]);
}
