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
import { areaGroups, groupLabel } from '../../../api/domain/gas/inspectionGroups';
import { coverageFill, coverageLegend, districtLegend, hazardClusterSizes, hazardLegend, heatColour, outsideColour, heatLegend, sizeStep, venueClusterSizes, venueLegend } from './gasLegends';
import { openHazardPopup } from './hazardPopup';

const hazardColour: ExpressionSpecification = [
  'case',
  ['==', ['get', 'status'], 'verified'], '#9e9e9e',
  ['==', ['get', 'status'], 'rectified'], '#2e7d32',
  ['==', ['get', 'severity'], 'major'], '#c62828',
  '#ef8a17',
];

/** The hazard list's filters as the cluster endpoint takes them (bbox and zoom come from the map). */
export type HazardFilterQuery = Omit<Parameters<typeof api.gas.hazards.clusters.$get>[0]['query'], 'bbox' | 'zoom'>;

/**
 * From this zoom the venues are drawn from vector tiles (/api/tiles/venues, issue 12): the whole
 * city at 1440 px is z8, so the 50,000 venues of the city view and every closer view come as tiles,
 * scoped on the server like the list. Below it (a phone's whole-city view and wider) the server's
 * clusters stay: a handful of circles is cheaper than tiles holding every venue.
 */
export const VENUE_TILE_MIN_ZOOM = 8;

/** The thematic layers of the gas map (the chooser's options; heat for officials only). */
export const gasThemes = { hazards: 'gas-hazards', coverage: 'gas-coverage', heat: 'gas-heat' } as const;

const layers: DeclaredLayer[] = [
  { id: 'gas-coverage-fill', type: 'fill', source: 'gas-districts', paint: { 'fill-color': coverageFill, 'fill-opacity': 0.75 } },
  { id: 'gas-district-line', type: 'line', source: 'gas-districts', paint: { 'line-color': '#37474f', 'line-width': 1.5 } },
  {
    id: 'gas-hazard-heat', type: 'heatmap', source: 'gas-hazards', maxzoom: 14,
    paint: {
      // A cluster weighs as its hazards (log-damped so one dense town does not blank the rest);
      // a single hazard weighs by severity.
      'heatmap-weight': ['case', ['has', 'point_count'], ['min', 1, ['/', ['ln', ['+', 1, ['get', 'point_count']]], 5]], ['==', ['get', 'severity'], 'major'], 1, 0.4],
      'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 6, 8, 12, 24],
      'heatmap-color': heatColour,
      'heatmap-opacity': 0.7,
    },
  },
  { id: 'gas-venue-cluster', type: 'circle', source: 'gas-venues', maxzoom: VENUE_TILE_MIN_ZOOM, filter: ['has', 'point_count'], paint: { 'circle-color': '#5c7cfa', 'circle-opacity': 0.6, 'circle-radius': sizeStep(venueClusterSizes) } },
  { id: 'gas-venue-count', type: 'symbol', source: 'gas-venues', maxzoom: VENUE_TILE_MIN_ZOOM, filter: ['has', 'point_count'], layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 11 }, paint: { 'text-color': '#fff' } },
  { id: 'gas-venue-leaf', type: 'circle', source: 'gas-venues', maxzoom: VENUE_TILE_MIN_ZOOM, filter: ['!', ['has', 'point_count']], paint: { 'circle-color': '#3b5bdb', 'circle-radius': 5, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
  {
    id: 'gas-venue-point', type: 'circle', source: 'gas-venue-tiles', 'source-layer': 'venues', minzoom: VENUE_TILE_MIN_ZOOM,
    paint: { 'circle-color': '#3b5bdb', 'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 12, 3.5, 15, 5], 'circle-stroke-color': '#fff', 'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 10, 0, 13, 1] },
  },
  { id: 'gas-hazard-cluster', type: 'circle', source: 'gas-hazards', filter: ['has', 'point_count'], paint: { 'circle-color': ['case', ['>', ['get', 'major'], 0], '#c62828', '#e8590c'], 'circle-stroke-color': ['case', ['>', ['get', 'overdue'], 0], '#000', '#fff'], 'circle-stroke-width': 1, 'circle-opacity': 0.75, 'circle-radius': sizeStep(hazardClusterSizes) } },
  { id: 'gas-hazard-count', type: 'symbol', source: 'gas-hazards', filter: ['has', 'point_count'], layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 11 }, paint: { 'text-color': '#fff' } },
  { id: 'gas-hazard-point', type: 'circle', source: 'gas-hazards', filter: ['!', ['has', 'point_count']], paint: { 'circle-color': hazardColour, 'circle-radius': ['case', ['==', ['get', 'severity'], 'major'], 8, 6], 'circle-stroke-color': ['case', ['get', 'overdue'], '#000', ['get', 'outsideRound'], outsideColour, '#fff'], 'circle-stroke-width': ['case', ['any', ['get', 'overdue'], ['get', 'outsideRound']], 2, 1] } },
];

/**
 * The gas map. Reference layers: district lines labelled with their area group, venue clusters.
 * Thematic layers, one at a time (the layer panel's chooser): hazards by severity and status,
 * visit coverage per district as a choropleth, and for officials the hazard heat. Clusters are
 * computed on the server (supercluster) for the visible view, so 1,000,000 hazards never reach
 * the browser; hazards are asked for only while a hazard theme is shown, coverage only while the
 * choropleth is. `reload` (a write) asks again; nothing per view is asked before `ready`. Coverage is of `round` (the filter's, else the
 * running one) by `groupNo` (the filter's group, else each district's area group). Returns the
 * districts (the view fits an inspector's own one) and the first error of the layers' requests.
 */
export function useGasLayers(opts: { hazardFilter: HazardFilterQuery; campaign: string | null; reload: number; ready: boolean; heat: boolean; round: number | null; onVenue(id: number, name: string): void; onHazard(id: number): void }) {
  const { hazardFilter, reload, ready, heat, round, onVenue, onHazard } = opts;
  const { tr } = useI18n();
  const { map, thematic } = useMapState();
  // Per-view data waits until the view is `ready` (its first extent and default filter are set).
  const mapView = useMapView(map);
  const view = ready ? mapView : null;
  const districts = useApi((o) => api.geo.districts.$get(undefined, o), []);
  const showHazards = thematic === gasThemes.hazards || thematic === gasThemes.heat;
  const showCoverage = thematic === gasThemes.coverage;
  // The view's campaign, not the hazard filter's: "all rounds" sends no campaign to the hazard
  // queries (so 轮次外 hazards show), but coverage is always per campaign.
  const campaign = opts.campaign;
  // Clusters of the previous view stay drawn until the new view's answer replaces them.
  // Venue clusters only below the tile zoom; from it the vector source draws them.
  const venues = useApi(view && Number(view.zoom) < VENUE_TILE_MIN_ZOOM ? (o) => api.gas.venues.clusters.$get({ query: view }, o) : null, [view], { keepPrevious: true });
  const hazards = useApi(view && showHazards ? (o) => api.gas.hazards.clusters.$get({ query: { ...hazardFilter, ...view } }, o) : null, [view, showHazards, JSON.stringify(hazardFilter), reload], { keepPrevious: true });
  // Coverage waits for the campaign (the view's default), so the first answer is the one kept.
  const coverage = useApi(showCoverage && campaign ? (o) => api.gas.coverage.$get({ query: { campaign } }, o) : null, [showCoverage, campaign, reload], { keepPrevious: true });

  const groupNo = hazardFilter.group ?? null;
  const coverageRows = coverage.data?.rows;
  const districtCollection = useMemo(() => {
    if (!districts.data) return emptyCollection;
    const geo = asCollection(districts.data);
    const shareOf = (code: string) => {
      const owner = groupNo ?? areaGroups.find((g) => g.districtCode === code)?.no;
      const row = coverageRows?.find((r) => r.district === code && r.groupNo === owner && (round === null || r.roundNo === round));
      return row?.share ?? null;
    };
    return { ...geo, features: geo.features.map((f) => ({ ...f, properties: { ...f.properties, coverage: shareOf(String(f.properties?.code)) } })) };
  }, [districts.data, coverageRows, groupNo, round]);

  const clusterZoom = (e: MapLayerMouseEvent) => map?.easeTo({ center: e.lngLat, zoom: map.getZoom() + 2 });
  const open = (e: MapLayerMouseEvent, fn: (p: Record<string, unknown>) => void) => {
    const p = e.features?.[0]?.properties;
    if (p?.id !== undefined) fn(p);
  };
  const groupOf = matchValue('code', areaGroups.map((g) => [g.districtCode, tr(groupLabel(g.no))] as const), '');
  const venueTiles = useMemo(() => [`${location.origin}/api/tiles/venues/{z}/{x}/{y}.pbf`], []);
  useMapLayers({
    sources: {
      'gas-districts': { type: 'geojson', data: districtCollection },
      'gas-venues': { type: 'geojson', data: venues.data ?? emptyCollection },
      'gas-venue-tiles': { type: 'vector', tiles: venueTiles, minzoom: VENUE_TILE_MIN_ZOOM, maxzoom: 16 },
      'gas-hazards': { type: 'geojson', data: showHazards ? (hazards.data ?? emptyCollection) : emptyCollection },
    },
    layers: [
      ...(heat ? layers : layers.filter((l) => l.id !== 'gas-hazard-heat')),
      {
        id: 'gas-district-label', type: 'symbol', source: 'gas-districts',
        layout: { 'text-field': ['format', ['get', 'name'], {}, '\n', {}, groupOf, { 'font-scale': 0.8 }], 'text-size': 13 },
        paint: { 'text-color': '#1f2d3d', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
      },
    ],
    click: {
      'gas-venue-point': (e) => open(e, (p) => onVenue(Number(p.id), String(p.name))),
      'gas-venue-leaf': (e) => open(e, (p) => onVenue(Number(p.id), String(p.name))),
      'gas-venue-cluster': clusterZoom,
      'gas-hazard-point': (e) => open(e, (p) => { if (map) openHazardPopup(map, e, tr); onHazard(Number(p.id)); }),
      'gas-hazard-cluster': clusterZoom,
    },
    groups: [
      { id: gasThemes.hazards, thematic: true, primary: true, label: tr('隐患（按等级/状态）', 'Hazards (severity/status)'), layerIds: ['gas-hazard-cluster', 'gas-hazard-count', 'gas-hazard-point'], legend: hazardLegend(tr) },
      { id: gasThemes.coverage, thematic: true, label: tr('走访覆盖率（分级设色）', 'Visit coverage (choropleth)'), layerIds: ['gas-coverage-fill'], legend: coverageLegend(tr, round, groupNo) },
      ...(heat ? [{ id: gasThemes.heat, thematic: true, label: tr('隐患热力', 'Hazard heat'), layerIds: ['gas-hazard-heat'], legend: heatLegend(tr) }] : []),
      { id: 'gas-districts', label: tr('督查片区', 'Inspection districts'), layerIds: ['gas-district-line', 'gas-district-label'], legend: districtLegend(tr) },
      { id: 'gas-venues', label: tr('场所（聚合）', 'Venues (clustered)'), layerIds: ['gas-venue-cluster', 'gas-venue-count', 'gas-venue-leaf', 'gas-venue-point'], legend: venueLegend(tr) },
    ],
  });
  return { districts: districts.data ? asCollection(districts.data) : undefined, error: districts.error ?? venues.error ?? hazards.error ?? coverage.error };
}
