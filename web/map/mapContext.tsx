import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { getHashParam, setHashParam } from '../shell/hashParam';

export interface LegendItem {
  colour: string;
  label: string;
  /** 'fill' swatch, 'circle' dot, or 'line'. */
  shape?: 'fill' | 'circle' | 'line';
}

/**
 * A layer's legend (DHIS2 Maps' model): a title saying what is measured and in which unit, a
 * line on how it is counted, the classes with their breaks, the circle-size key of proportional
 * circles, and the ramp of a continuous surface (heat).
 */
export interface Legend {
  title: string;
  note?: string;
  items?: LegendItem[];
  /** Proportional circles: a radius in CSS pixels and what a circle of that size stands for. */
  sizes?: { radius: number; label: string; colour: string }[];
  /** A continuous colour ramp, low → high. */
  ramp?: { colours: string[]; low: string; high: string };
}

/** A group of map layers with its legend, registered by a domain view. */
export interface LayerGroup {
  id: string;
  /** The name in the layer panel (the chooser's option for a thematic group). */
  label: string;
  layerIds: string[];
  legend?: Legend;
  /**
   * A thematic layer: one at a time per view, picked in the chooser (the first registered one
   * unless `primary` marks another). Otherwise a reference layer, toggled on its own.
   */
  thematic?: boolean;
  primary?: boolean;
}

/** The chooser's value for "no thematic layer". */
export const noThematic = 'none';

interface MapState {
  map: MapLibreMap | null;
  setMap(map: MapLibreMap | null): void;
  groups: LayerGroup[];
  registerGroup(group: LayerGroup): () => void;
  /** The thematic group shown (its id), or null when none is. */
  thematic: string | null;
  chooseThematic(id: string | null): void;
  setGroupVisible(id: string, visible: boolean): void;
  /** Whether a group's layers are drawn (the chosen thematic one; a reference one not switched off). */
  isShown(group: LayerGroup): boolean;
  /** Layer ids of the groups not shown: useMapLayers sets their `visibility` to none. */
  hiddenLayers: ReadonlySet<string>;
}

const MapContext = createContext<MapState | null>(null);

/** The chosen thematic group: the asked one if this view has it, else its primary, else its first. */
function effectiveThematic(groups: readonly LayerGroup[], asked: string | null): string | null {
  if (asked === noThematic) return null;
  const thematic = groups.filter((g) => g.thematic);
  return (thematic.find((g) => g.id === asked) ?? thematic.find((g) => g.primary) ?? thematic[0])?.id ?? null;
}

export function MapProvider({ children }: { children: ReactNode }) {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [groups, setGroups] = useState<LayerGroup[]>([]);
  // Reference groups switched off, kept apart from the registrations so a re-registration
  // (language switch, new legend) keeps the user's choice.
  const [off, setOff] = useState<ReadonlySet<string>>(new Set());
  // The chooser's choice lives in the URL (`theme=`): a shared link or a print shows the same layer.
  const [asked, setAsked] = useState<string | null>(() => getHashParam('theme'));

  const registerGroup = useCallback((group: LayerGroup) => {
    setGroups((gs) => [...gs.filter((g) => g.id !== group.id), group]);
    return () => setGroups((gs) => gs.filter((g) => g.id !== group.id));
  }, []);

  const chooseThematic = useCallback((id: string | null) => {
    const value = id ?? noThematic;
    setHashParam('theme', value);
    setAsked(value);
  }, []);

  const setGroupVisible = useCallback((id: string, visible: boolean) => {
    setOff((s) => {
      const next = new Set(s);
      if (visible) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const value = useMemo(() => {
    const thematic = effectiveThematic(groups, asked);
    const isShown = (g: LayerGroup) => (g.thematic ? g.id === thematic : !off.has(g.id));
    const hiddenLayers = new Set(groups.filter((g) => !isShown(g)).flatMap((g) => g.layerIds));
    return { map, setMap, groups, registerGroup, thematic, chooseThematic, setGroupVisible, isShown, hiddenLayers };
  }, [map, groups, asked, off, registerGroup, chooseThematic, setGroupVisible]);
  return <MapContext.Provider value={value}>{children}</MapContext.Provider>;
}

export function useMapState(): MapState {
  const ctx = useContext(MapContext);
  if (!ctx) throw new Error('useMapState outside MapProvider');
  return ctx;
}
