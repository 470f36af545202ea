import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The visible extent as the cluster endpoints take it: `bbox=w,s,e,n` (5 decimals) and whole zoom. */
export interface MapViewQuery {
  bbox: string;
  zoom: string;
}

function viewOf(map: MapLibreMap): MapViewQuery {
  const b = map.getBounds();
  return { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(5)).join(','), zoom: String(Math.floor(map.getZoom())) };
}

/**
 * The map's current view, updated when a move ends; a key for data computed per view (server
 * clusters), so the data hook asks again after each pan or zoom and drops answers for old views.
 */
export function useMapView(map: MapLibreMap | null): MapViewQuery | null {
  const [view, setView] = useState<MapViewQuery | null>(null);
  useEffect(() => {
    if (!map) {
      setView(null);
      return;
    }
    const update = () => {
      const next = viewOf(map);
      setView((v) => (v && v.bbox === next.bbox && v.zoom === next.zoom ? v : next));
    };
    update();
    map.on('moveend', update);
    return () => {
      map.off('moveend', update);
    };
  }, [map]);
  return view;
}
