import { useEffect, useMemo, useRef } from 'react';
import type { FilterSpecification, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
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

/**
 * The parcels as vector tiles (/api/tiles/parcels, issue 12: 200,000 parcels draw without shipping
 * GeoJSON), filtered to the chosen layer; `version` changes after a write so the tiles are fetched
 * again. The conflicts the view loaded are outlined red; a click on a parcel selects it.
 */
export function useParcelLayers({ level, version, conflicts, onSelect }: { level: string; version: number; conflicts: Conflicts | undefined; onSelect(id: number): void }) {
  const { tr } = useI18n();
  const conflicting = (conflicts?.conflicts ?? []).flatMap((c) => [c.a.id, c.b.id]);
  // `levels` is the parcel's layers joined by commas (tile attribute); match a whole item.
  const levelFilter: FilterSpecification = level ? ['in', `,${level},`, ['concat', ',', ['get', 'levels'], ',']] : ['boolean', true];
  const tiles = useMemo(() => [`${location.origin}/api/tiles/parcels/{z}/{x}/{y}.pbf?v=${version}`], [version]);
  useMapLayers({
    sources: { 'ug-parcels': { type: 'vector', tiles, minzoom: 0, maxzoom: 16 } },
    layers: [
      { id: 'ug-parcel-fill', type: 'fill', source: 'ug-parcels', 'source-layer': 'parcels', filter: levelFilter, paint: { 'fill-color': tierColour, 'fill-opacity': 0.75 } },
      { id: 'ug-parcel-line', type: 'line', source: 'ug-parcels', 'source-layer': 'parcels', filter: levelFilter, paint: { 'line-color': '#5d4037', 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.3, 16, 1.2] } },
      { id: 'ug-parcel-conflict', type: 'line', source: 'ug-parcels', 'source-layer': 'parcels', filter: ['in', ['get', 'id'], ['literal', conflicting]], paint: { 'line-color': '#c62828', 'line-width': 3 } },
    ],
    click: {
      'ug-parcel-fill': (e) => {
        const id = e.features?.[0]?.properties?.id;
        if (id !== undefined) onSelect(Number(id));
      },
    },
    pointer: ['ug-parcel-fill'],
    groups: [
      {
        id: 'underground',
        label: tr('地下空间地块（按出让金分档）', 'Underground parcels (by fee tier)'),
        layerIds: ['ug-parcel-fill', 'ug-parcel-line', 'ug-parcel-conflict'],
        legend: [...feeTiers.map((t) => ({ colour: t.color, label: tr(t.label) })), { colour: '#c62828', label: tr('三维冲突', '3D conflict'), shape: 'line' as const }],
      },
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
