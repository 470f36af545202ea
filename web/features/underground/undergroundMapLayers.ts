import { useEffect, useMemo, useRef } from 'react';
import type { ExpressionSpecification, FilterSpecification, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import type { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { matchValue } from '../../map/expressions';
import { asCollection } from '../../map/geojson';
import { useMapState } from '../../map/mapContext';
import { emptyCollection, useMapLayers } from '../../map/useMapLayers';
import { feeTiers } from '../../../api/domain/underground/feeTier';

// 地下空间 map layers: parcels coloured by fee tier with their outlines and the parcels in a 3D
// conflict outlined red; and the planner's footprint being drawn.

type Conflicts = Awaited<ReturnType<Awaited<ReturnType<typeof api.underground.conflicts.$get>>['json']>>;

const tierColour = matchValue('feeTier', feeTiers.map((t) => [t.id, t.color] as const), '#999999');

// Depth as the parcel's deepest layer (tile attribute `levels`, e.g. "semi,B1"); GB 50352-2019
// names the classes (半地下: floor 1/3–1/2 of the net height below ground; 地下 below that).
const depthClasses = [
  { id: 'b2', colour: '#08306b', label: { zh: '负二层及以下', en: 'B2 and deeper' }, test: ['B2', 'B3', 'B4', 'B5'] },
  { id: 'b1', colour: '#4292c6', label: { zh: '负一层', en: 'B1' }, test: ['B1'] },
  { id: 'semi', colour: '#c6dbef', label: { zh: '半地下', en: 'Semi-basement' }, test: ['semi'] },
] as const;
const has = (level: string): ExpressionSpecification => ['>=', ['index-of', level, ['coalesce', ['get', 'levels'], '']], 0];
const depthColour = ['case', ...depthClasses.flatMap((c) => [['any', ...c.test.map(has)], c.colour]), '#bdbdbd'] as unknown as ExpressionSpecification;

/** The chooser's options on the parcel map. */
export const undergroundThemes = { fee: 'ug-fee', depth: 'ug-depth' } as const;

/**
 * The parcels as vector tiles (/api/tiles/parcels, issue 12: 200,000 parcels draw without shipping
 * GeoJSON), filtered to the chosen layer; `version` changes after a write so the tiles are fetched
 * again. Thematic (one at a time): fee tier or depth; reference: parcel lines and the conflicts
 * the view loaded, outlined red. A click on a parcel selects it.
 */
export function useParcelLayers({ level, version, conflicts, onSelect }: { level: string; version: number; conflicts: Conflicts | undefined; onSelect(id: number): void }) {
  const { tr } = useI18n();
  const conflicting = (conflicts?.conflicts ?? []).flatMap((c) => [c.a.id, c.b.id]);
  // `levels` is the parcel's layers joined by commas (tile attribute); match a whole item.
  const levelFilter: FilterSpecification = level ? ['in', `,${level},`, ['concat', ',', ['get', 'levels'], ',']] : ['boolean', true];
  const tiles = useMemo(() => [`${location.origin}/api/tiles/parcels/{z}/{x}/{y}.pbf?v=${version}`], [version]);
  const select = (e: MapLayerMouseEvent) => {
    const id = e.features?.[0]?.properties?.id;
    if (id !== undefined) onSelect(Number(id));
  };
  useMapLayers({
    sources: { 'ug-parcels': { type: 'vector', tiles, minzoom: 0, maxzoom: 16 } },
    layers: [
      { id: 'ug-parcel-fill', type: 'fill', source: 'ug-parcels', 'source-layer': 'parcels', filter: levelFilter, paint: { 'fill-color': tierColour, 'fill-opacity': 0.75 } },
      { id: 'ug-depth-fill', type: 'fill', source: 'ug-parcels', 'source-layer': 'parcels', filter: levelFilter, paint: { 'fill-color': depthColour, 'fill-opacity': 0.75 } },
      { id: 'ug-parcel-line', type: 'line', source: 'ug-parcels', 'source-layer': 'parcels', filter: levelFilter, paint: { 'line-color': '#5d4037', 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.3, 16, 1.2] } },
      { id: 'ug-parcel-conflict', type: 'line', source: 'ug-parcels', 'source-layer': 'parcels', filter: ['in', ['get', 'id'], ['literal', conflicting]], paint: { 'line-color': '#c62828', 'line-width': 3 } },
    ],
    click: { 'ug-parcel-fill': select, 'ug-depth-fill': select },
    pointer: ['ug-parcel-fill', 'ug-depth-fill'],
    groups: [
      {
        id: undergroundThemes.fee, thematic: true, primary: true,
        label: tr('出让金分档', 'Fee tier'),
        layerIds: ['ug-parcel-fill'],
        legend: {
          title: tr('地块出让金总额（元，分档）', 'Parcel land fee, total (yuan, tiers)'),
          note: tr('按东政办〔2023〕95号计算；租赁地块缴租金，不缴出让金', 'Computed under 东政办〔2023〕95号; leased parcels pay rent, not a fee'),
          items: feeTiers.map((t) => ({ colour: t.color, label: tr(t.label) })),
        },
      },
      {
        id: undergroundThemes.depth, thematic: true,
        label: tr('深度（最深分层）', 'Depth (deepest layer)'),
        layerIds: ['ug-depth-fill'],
        legend: {
          title: tr('地块最深分层', 'Deepest layer of the parcel'),
          note: tr('分层按 GB 50352-2019：半地下 = 地面以下超过净高 1/3、不超过 1/2', 'Layers by GB 50352-2019: semi-basement = more than 1/3, at most 1/2 of the net height below ground'),
          items: [...depthClasses.map((c) => ({ colour: c.colour, label: tr(c.label) })), { colour: '#bdbdbd', label: tr('无分层记录', 'No layer recorded') }],
        },
      },
      { id: 'ug-lines', label: tr('地块界线', 'Parcel lines'), layerIds: ['ug-parcel-line'], legend: { title: tr('地块界线', 'Parcel lines'), items: [{ colour: '#5d4037', label: tr('地块界', 'Parcel boundary'), shape: 'line' }] } },
      { id: 'ug-conflicts', label: tr('三维冲突', '3D conflicts'), layerIds: ['ug-parcel-conflict'], legend: { title: tr('三维冲突（地块对）', '3D conflicts (parcel pairs)'), note: tr('平面重叠且深度区间相交的地块', 'Parcels overlapping in plan with intersecting depth ranges'), items: [{ colour: '#c62828', label: tr('冲突地块', 'Parcel in conflict'), shape: 'line' }] } },
    ],
  });
}

/** The footprint being drawn: vertices as dots, then a line, then the closed polygon. */
function sketch(vertices: readonly [number, number][]): GeoJSON.FeatureCollection {
  const ring = vertices.length >= 3 ? [...vertices, vertices[0]!] : [...vertices];
  const points: GeoJSON.Feature[] = vertices.map((p, i) => ({ type: 'Feature', properties: { vertex: i }, geometry: { type: 'Point', coordinates: p } }));
  if (ring.length < 2) return { type: 'FeatureCollection', features: points };
  const outline: GeoJSON.Geometry = vertices.length >= 3 ? { type: 'Polygon', coordinates: [ring] } : { type: 'LineString', coordinates: ring };
  return { type: 'FeatureCollection', features: [...points, { type: 'Feature', properties: {}, geometry: outline }] };
}

/**
 * The drawing layers while a planner draws: a click on the map adds a vertex, a vertex dragged
 * with the mouse moves (`onMove`); the click that ends a drag adds nothing.
 */
export function useDrawLayers(vertices: readonly [number, number][], onClick: (e: MapMouseEvent) => void, onMove: (index: number, at: [number, number]) => void) {
  const data = useMemo(() => sketch(vertices), [vertices]);
  const { map } = useMapState();
  const dragged = useRef(false);
  const moveRef = useRef(onMove);
  moveRef.current = onMove;
  useEffect(() => {
    if (!map) return;
    let index: number | null = null;
    const down = (e: MapLayerMouseEvent) => {
      const v = e.features?.[0]?.properties?.vertex;
      if (typeof v !== 'number') return;
      e.preventDefault(); // no map pan while a vertex is dragged
      index = v;
      dragged.current = false;
    };
    const move = (e: MapMouseEvent) => {
      if (index === null) return;
      dragged.current = true;
      moveRef.current(index, [Number(e.lngLat.lng.toFixed(7)), Number(e.lngLat.lat.toFixed(7))]);
    };
    const up = () => {
      index = null;
    };
    map.on('mousedown', 'ug-draw-pts', down);
    map.on('mousemove', move);
    map.on('mouseup', up);
    return () => {
      map.off('mousedown', 'ug-draw-pts', down);
      map.off('mousemove', move);
      map.off('mouseup', up);
    };
  }, [map]);
  useMapLayers({
    sources: { 'ug-draw': { type: 'geojson', data } },
    layers: [
      { id: 'ug-draw-fill', type: 'fill', source: 'ug-draw', metadata: { drawing: true }, paint: { 'fill-color': '#1d4e89', 'fill-opacity': 0.2 } },
      { id: 'ug-draw-line', type: 'line', source: 'ug-draw', paint: { 'line-color': '#1d4e89', 'line-width': 2, 'line-dasharray': [2, 1] } },
      { id: 'ug-draw-pts', type: 'circle', source: 'ug-draw', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 6, 'circle-color': '#1d4e89', 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } },
    ],
    mapClick: (e) => {
      if (dragged.current) {
        dragged.current = false;
        return;
      }
      onClick(e);
    },
    cursor: 'crosshair',
  });
}
