import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface LegendItem {
  colour: string;
  label: string;
  /** 'fill' swatch, 'circle' dot, or 'line'. */
  shape?: 'fill' | 'circle' | 'line';
}

/** A togglable group of map layers with its legend, registered by a domain view. */
export interface LayerGroup {
  id: string;
  label: string;
  layerIds: string[];
  legend?: LegendItem[];
  visible?: boolean;
}

interface MapState {
  map: MapLibreMap | null;
  setMap(map: MapLibreMap | null): void;
  groups: LayerGroup[];
  registerGroup(group: LayerGroup): () => void;
  setGroupVisible(id: string, visible: boolean): void;
}

const MapContext = createContext<MapState | null>(null);

export function MapProvider({ children }: { children: ReactNode }) {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [groups, setGroups] = useState<LayerGroup[]>([]);

  const registerGroup = useCallback((group: LayerGroup) => {
    setGroups((gs) => [...gs.filter((g) => g.id !== group.id), { visible: true, ...group }]);
    return () => setGroups((gs) => gs.filter((g) => g.id !== group.id));
  }, []);

  const setGroupVisible = useCallback(
    (id: string, visible: boolean) => {
      setGroups((gs) => gs.map((g) => (g.id === id ? { ...g, visible } : g)));
      const group = groups.find((g) => g.id === id);
      for (const layerId of group?.layerIds ?? []) {
        if (map?.getLayer(layerId)) map.setLayoutProperty(layerId, 'visibility', visible ? 'visible' : 'none');
      }
    },
    [groups, map],
  );

  const value = useMemo(() => ({ map, setMap, groups, registerGroup, setGroupVisible }), [map, groups, registerGroup, setGroupVisible]);
  return <MapContext.Provider value={value}>{children}</MapContext.Provider>;
}

export function useMapState(): MapState {
  const ctx = useContext(MapContext);
  if (!ctx) throw new Error('useMapState outside MapProvider');
  return ctx;
}
