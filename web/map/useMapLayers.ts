import { useEffect, useRef } from 'react';
import type { GeoJSONSourceSpecification, LayerSpecification, Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent, SourceSpecification } from 'maplibre-gl';
import { useMapState, type LayerGroup } from './mapContext';

// The one way a feature puts layers on the map: it declares sources, layers, click handlers and
// legend groups on every render; this hook adds them once the style is ready, adds them again
// when the style is rebuilt, pushes changed GeoJSON data with setData and changed paint, layout
// and filter values with their setters, and removes everything when the feature unmounts.

/** A layer as MapLibre takes it, optionally inserted below another declared (or base) layer. */
export type DeclaredLayer = LayerSpecification & { before?: string };

export interface MapLayers {
  /** Source id → spec. A GeoJSON source's `data` (object or URL) may change: it is set with setData. */
  sources: Record<string, SourceSpecification>;
  /** Drawn in this order (later on top). */
  layers: DeclaredLayer[];
  /** Layer id → what a click on one of its features does. */
  click?: Record<string, (e: MapLayerMouseEvent) => void>;
  /** Layers that show a pointer cursor under the mouse. */
  pointer?: readonly string[];
  /** A click anywhere on the map (drawing), and the cursor shown meanwhile. */
  mapClick?: (e: MapMouseEvent) => void;
  cursor?: string;
  /** Legend and layer-switcher entries (LayerPanel). */
  groups?: LayerGroup[];
}

/** A GeoJSON collection with no features: the `data` of a source whose answer has not arrived. */
export const emptyCollection: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

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

const json = (v: unknown) => JSON.stringify(v ?? null);

/** What decides a rebuild: ids, types and order; data and paint values are updated in place. */
function structureOf(spec: MapLayers): string {
  return json([Object.entries(spec.sources).map(([id, s]) => [id, s.type]), spec.layers.map((l) => [l.id, l.type, 'source' in l ? l.source : null, l.before ?? null]), Object.keys(spec.click ?? {}), spec.pointer ?? [], !!spec.mapClick, spec.cursor ?? null]);
}

function addMissing(map: MapLibreMap, spec: MapLayers) {
  for (const [id, source] of Object.entries(spec.sources)) if (!map.getSource(id)) map.addSource(id, source);
  for (const { before, ...layer } of spec.layers) if (!map.getLayer(layer.id)) map.addLayer(layer as LayerSpecification, before);
}

/** Pushes what changed since the style last saw it: GeoJSON data, vector tile URLs, filters, paint and layout values. */
function syncValues(map: MapLibreMap, spec: MapLayers, seen: Map<string, unknown>) {
  for (const [id, source] of Object.entries(spec.sources)) {
    // A vector source whose tile URLs changed (e.g. a new version after a write) fetches its tiles again.
    if (source.type === 'vector' && source.tiles) {
      const target = map.getSource(id) as unknown as { setTiles?(t: string[]): void } | undefined;
      const key = json(source.tiles);
      if (target?.setTiles && seen.has(`source:${id}`) && seen.get(`source:${id}`) !== key) target.setTiles(source.tiles);
      seen.set(`source:${id}`, key);
      continue;
    }
    if (source.type !== 'geojson') continue;
    const data = (source as GeoJSONSourceSpecification).data;
    const target = map.getSource(id);
    if (!target || seen.get(`source:${id}`) === data) continue;
    if (seen.has(`source:${id}`)) (target as unknown as { setData(d: typeof data): void }).setData(data);
    seen.set(`source:${id}`, data);
  }
  for (const layer of spec.layers) {
    if (!map.getLayer(layer.id)) continue;
    const values: [string, string, unknown][] = [['filter', '', 'filter' in layer ? layer.filter : undefined]];
    for (const [k, v] of Object.entries(layer.paint ?? {})) values.push(['paint', k, v]);
    for (const [k, v] of Object.entries(layer.layout ?? {})) values.push(['layout', k, v]);
    for (const [kind, name, value] of values) {
      const key = `${layer.id}:${kind}:${name}`;
      const text = json(value);
      if (seen.get(key) === text) continue;
      if (seen.has(key)) {
        if (kind === 'filter') map.setFilter(layer.id, value as never);
        else if (kind === 'paint') map.setPaintProperty(layer.id, name as never, value as never);
        else map.setLayoutProperty(layer.id, name as never, value as never);
      }
      seen.set(key, text);
    }
  }
}

function removeAll(map: MapLibreMap, spec: MapLayers) {
  // A removed map (language switch) has no style left to clean.
  if (!map.style) return;
  for (const layer of [...spec.layers].reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  for (const id of Object.keys(spec.sources)) if (map.getSource(id)) map.removeSource(id);
}

/**
 * The layers with `visibility` set from the layer panel: a layer of a group not shown (a thematic
 * one not chosen, a reference one switched off) is `none`. Set here, not on the map, so a layer
 * added later (style rebuild, a layer that appears) is drawn as the panel says.
 */
function withVisibility(spec: MapLayers, hidden: ReadonlySet<string>): MapLayers {
  return { ...spec, layers: spec.layers.map((l) => ({ ...l, layout: { ...l.layout, visibility: hidden.has(l.id) ? 'none' : 'visible' } }) as DeclaredLayer) };
}

/** Declares a feature's map layers; see the note at the top of this file. */
export function useMapLayers(declaredSpec: MapLayers): void {
  const { map, registerGroup, hiddenLayers } = useMapState();
  const spec = withVisibility(declaredSpec, hiddenLayers);
  const latest = useRef(spec);
  latest.current = spec;
  // What the current style has been given, so that only changes are pushed.
  const seen = useRef(new Map<string, unknown>());
  const structure = structureOf(spec);

  useEffect(() => {
    if (!map) return;
    const declared = latest.current;
    const add = () => {
      addMissing(map, latest.current);
      syncValues(map, latest.current, seen.current);
    };
    // Handlers call the latest declaration, so a re-render needs no re-binding.
    const clicks = Object.keys(declared.click ?? {}).map((layer) => [layer, (e: MapLayerMouseEvent) => latest.current.click?.[layer]?.(e)] as const);
    const enter = () => (map.getCanvas().style.cursor = 'pointer');
    const leave = () => (map.getCanvas().style.cursor = '');
    for (const [layer, fn] of clicks) map.on('click', layer, fn);
    for (const layer of declared.pointer ?? []) {
      map.on('mouseenter', layer, enter);
      map.on('mouseleave', layer, leave);
    }
    const mapClick = (e: MapMouseEvent) => latest.current.mapClick?.(e);
    if (declared.mapClick) map.on('click', mapClick);
    if (declared.cursor) map.getCanvas().style.cursor = declared.cursor;
    // A rebuilt style (setStyle) drops every source and layer; add them again.
    const rebuilt = () => {
      seen.current.clear();
      add();
    };
    map.on('style.load', rebuilt);
    const cancel = whenReady(map, add);
    return () => {
      cancel();
      map.off('style.load', rebuilt);
      for (const [layer, fn] of clicks) map.off('click', layer, fn);
      for (const layer of declared.pointer ?? []) {
        map.off('mouseenter', layer, enter);
        map.off('mouseleave', layer, leave);
      }
      map.off('click', mapClick);
      if (declared.cursor) map.getCanvas().style.cursor = '';
      removeAll(map, declared);
      seen.current.clear();
    };
  }, [map, structure]);

  // Every render: data and style values that changed since the map last saw them.
  useEffect(() => {
    if (map && seen.current.size > 0) syncValues(map, spec, seen.current);
  });

  const groupsKey = json(spec.groups);
  useEffect(() => {
    const offs = (latest.current.groups ?? []).map((g) => registerGroup(g));
    return () => offs.forEach((off) => off());
  }, [registerGroup, groupsKey]);
}
