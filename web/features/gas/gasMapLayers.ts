import { useMemo } from 'react';
import type { ExpressionSpecification, MapLayerMouseEvent } from 'maplibre-gl';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { matchValue } from '../../map/expressions';
import { asCollection } from '../../map/geojson';
import { useMapState } from '../../map/mapContext';
import { emptyCollection, useMapLayers, type DeclaredLayer } from '../../map/useMapLayers';
import { useMapView } from '../../map/useMapView';
import { areaGroups } from '../../../api/domain/gas/inspectionGroups';
import { districtCodes, districtNames, type DistrictCode } from '../../../api/domain/geo/vocabulary';
import type { Bilingual } from '../../../api/domain/shared/bilingual';

// Severity × status colours: majors red family, generals orange family; fixed ones green/grey.
const hazardColours: { colour: string; label: Bilingual }[] = [
  { colour: '#c62828', label: { zh: '重大隐患（未整改）', en: 'Major, open' } },
  { colour: '#ef8a17', label: { zh: '一般隐患（未整改）', en: 'General, open' } },
  { colour: '#2e7d32', label: { zh: '已整改待核验', en: 'Rectified, awaiting check' } },
  { colour: '#9e9e9e', label: { zh: '已核验销号', en: 'Verified (closed)' } },
];
const districtColours: Record<DistrictCode, string> = {
  '630202': '#8ecae6', '630203': '#ffb703', '630222': '#90be6d', '630223': '#f28482', '630224': '#b5a1e6', '630225': '#84a59d', park: '#577590',
};

const hazardColour: ExpressionSpecification = [
  'case',
  ['==', ['get', 'status'], 'verified'], '#9e9e9e',
  ['==', ['get', 'status'], 'rectified'], '#2e7d32',
  ['==', ['get', 'severity'], 'major'], '#c62828',
  '#ef8a17',
];
const districtFill = matchValue('code', districtCodes.map((code) => [code, districtColours[code]] as const), '#cccccc');
const groupOf = matchValue('code', areaGroups.map((g) => [g.districtCode, `第${g.no}组`] as const), '');

/** The hazard list's filters as the cluster endpoint takes them (bbox and zoom come from the map). */
export type HazardFilterQuery = Omit<Parameters<typeof api.gas.hazards.clusters.$get>[0]['query'], 'bbox' | 'zoom'>;

/**
 * From this zoom the venues are drawn from vector tiles (/api/tiles/venues, issue 12): the whole
 * city at 1440 px is z8, so the 50,000 venues of the city view and every closer view come as tiles,
 * scoped on the server like the list. Below it (a phone's whole-city view and wider) the server's
 * clusters stay: a handful of circles is cheaper than tiles holding every venue.
 */
export const VENUE_TILE_MIN_ZOOM = 8;

const layers = (heat: boolean): DeclaredLayer[] => [
  { id: 'gas-district-fill', type: 'fill', source: 'gas-districts', paint: { 'fill-color': districtFill, 'fill-opacity': 0.18 } },
  { id: 'gas-district-line', type: 'line', source: 'gas-districts', paint: { 'line-color': districtFill, 'line-width': 2 } },
  ...(heat
    ? [{
        id: 'gas-hazard-heat', type: 'heatmap', source: 'gas-hazards', maxzoom: 14,
        paint: {
          // A cluster weighs as its hazards (log-damped so one dense town does not blank the rest);
          // a single hazard weighs by severity.
          'heatmap-weight': ['case', ['has', 'point_count'], ['min', 1, ['/', ['ln', ['+', 1, ['get', 'point_count']]], 5]], ['==', ['get', 'severity'], 'major'], 1, 0.4],
          'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 6, 8, 12, 24],
          'heatmap-opacity': 0.6,
        },
      } satisfies DeclaredLayer]
    : []),
  {
    id: 'gas-district-label', type: 'symbol', source: 'gas-districts',
    layout: { 'text-field': ['format', ['get', 'name'], {}, '\n', {}, groupOf, { 'font-scale': 0.8 }], 'text-size': 13 },
    paint: { 'text-color': '#1f2d3d', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
  },
  { id: 'gas-venue-cluster', type: 'circle', source: 'gas-venues', maxzoom: VENUE_TILE_MIN_ZOOM, filter: ['has', 'point_count'], paint: { 'circle-color': '#5c7cfa', 'circle-opacity': 0.6, 'circle-radius': ['step', ['get', 'point_count'], 12, 50, 18, 500, 26] } },
  { id: 'gas-venue-count', type: 'symbol', source: 'gas-venues', maxzoom: VENUE_TILE_MIN_ZOOM, filter: ['has', 'point_count'], layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 11 }, paint: { 'text-color': '#fff' } },
  { id: 'gas-venue-leaf', type: 'circle', source: 'gas-venues', maxzoom: VENUE_TILE_MIN_ZOOM, filter: ['!', ['has', 'point_count']], paint: { 'circle-color': '#3b5bdb', 'circle-radius': 5, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
  {
    id: 'gas-venue-point', type: 'circle', source: 'gas-venue-tiles', 'source-layer': 'venues', minzoom: VENUE_TILE_MIN_ZOOM,
    paint: { 'circle-color': '#3b5bdb', 'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 12, 3.5, 15, 5], 'circle-stroke-color': '#fff', 'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 10, 0, 13, 1] },
  },
  { id: 'gas-hazard-cluster', type: 'circle', source: 'gas-hazards', filter: ['has', 'point_count'], paint: { 'circle-color': ['case', ['>', ['get', 'major'], 0], '#c62828', '#e8590c'], 'circle-stroke-color': ['case', ['>', ['get', 'overdue'], 0], '#000', '#fff'], 'circle-stroke-width': 1, 'circle-opacity': 0.75, 'circle-radius': ['step', ['get', 'point_count'], 10, 20, 15, 200, 22] } },
  { id: 'gas-hazard-count', type: 'symbol', source: 'gas-hazards', filter: ['has', 'point_count'], layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 11 }, paint: { 'text-color': '#fff' } },
  { id: 'gas-hazard-point', type: 'circle', source: 'gas-hazards', filter: ['!', ['has', 'point_count']], paint: { 'circle-color': hazardColour, 'circle-radius': ['case', ['==', ['get', 'severity'], 'major'], 8, 6], 'circle-stroke-color': ['case', ['get', 'overdue'], '#000', '#fff'], 'circle-stroke-width': ['case', ['get', 'overdue'], 2, 1] } },
];

/**
 * Districts coloured by group with labels; venue and hazard clusters computed on the server
 * (supercluster) for the visible view, so 1,000,000 hazards never reach the browser; the heat
 * layer for officials weighs the same clusters by their counts. `reload` (a write) asks for the
 * hazard clusters again. Returns the districts (the view fits an inspector's own one) and the
 * first error of the three layers' requests.
 */
export function useGasLayers(opts: { hazardFilter: HazardFilterQuery; reload: number; heat: boolean; onVenue(id: number, name: string): void; onHazard(id: number): void }) {
  const { hazardFilter, reload, heat, onVenue, onHazard } = opts;
  const { tr } = useI18n();
  const { map } = useMapState();
  const view = useMapView(map);
  const districts = useApi((o) => api.geo.districts.$get(undefined, o), []);
  // Clusters of the previous view stay drawn until the new view's answer replaces them.
  // Venue clusters only below the tile zoom; from it the vector source draws them.
  const venues = useApi(view && Number(view.zoom) < VENUE_TILE_MIN_ZOOM ? (o) => api.gas.venues.clusters.$get({ query: view }, o) : null, [view], { keepPrevious: true });
  const hazards = useApi(view ? (o) => api.gas.hazards.clusters.$get({ query: { ...hazardFilter, ...view } }, o) : null, [view, JSON.stringify(hazardFilter), reload], { keepPrevious: true });

  const clusterZoom = (e: MapLayerMouseEvent) => map?.easeTo({ center: e.lngLat, zoom: map.getZoom() + 2 });
  const open = (e: MapLayerMouseEvent, fn: (p: Record<string, unknown>) => void) => {
    const p = e.features?.[0]?.properties;
    if (p?.id !== undefined) fn(p);
  };
  const venueTiles = useMemo(() => [`${location.origin}/api/tiles/venues/{z}/{x}/{y}.pbf`], []);
  const districtCollection = districts.data ? asCollection(districts.data) : emptyCollection;
  useMapLayers({
    sources: {
      'gas-districts': { type: 'geojson', data: districtCollection },
      'gas-venues': { type: 'geojson', data: venues.data ?? emptyCollection },
      'gas-venue-tiles': { type: 'vector', tiles: venueTiles, minzoom: VENUE_TILE_MIN_ZOOM, maxzoom: 16 },
      'gas-hazards': { type: 'geojson', data: hazards.data ?? emptyCollection },
    },
    layers: layers(heat),
    click: {
      'gas-venue-point': (e) => open(e, (p) => onVenue(Number(p.id), String(p.name))),
      'gas-venue-leaf': (e) => open(e, (p) => onVenue(Number(p.id), String(p.name))),
      'gas-venue-cluster': clusterZoom,
      'gas-hazard-point': (e) => open(e, (p) => onHazard(Number(p.id))),
      'gas-hazard-cluster': clusterZoom,
    },
    groups: [
      { id: 'gas-districts', label: tr('督查片区（按包片组）', 'Inspection districts (by group)'), layerIds: ['gas-district-fill', 'gas-district-line', 'gas-district-label'], legend: districtCodes.map((code) => ({ colour: districtColours[code], label: tr(districtNames[code]), shape: 'fill' as const })) },
      { id: 'gas-venues', label: tr('场所（聚合）', 'Venues (clustered)'), layerIds: ['gas-venue-cluster', 'gas-venue-count', 'gas-venue-leaf', 'gas-venue-point'], legend: [{ colour: '#5c7cfa', label: tr('场所聚合', 'Venue cluster'), shape: 'circle' }, { colour: '#3b5bdb', label: tr('场所', 'Venue'), shape: 'circle' }] },
      { id: 'gas-hazards', label: tr('隐患（按等级/状态）', 'Hazards (severity/status)'), layerIds: ['gas-hazard-cluster', 'gas-hazard-count', 'gas-hazard-point'], legend: [...hazardColours.map((h) => ({ colour: h.colour, label: tr(h.label), shape: 'circle' as const })), { colour: '#000', label: tr('黑边 = 逾期', 'Black ring = overdue'), shape: 'circle' as const }] },
      ...(heat ? [{ id: 'gas-heat', label: tr('隐患热力', 'Hazard heat'), layerIds: ['gas-hazard-heat'] }] : []),
    ],
  });
  return { districts: districts.data ? districtCollection : undefined, error: districts.error ?? venues.error ?? hazards.error };
}
