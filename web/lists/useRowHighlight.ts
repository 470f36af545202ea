import { useEffect } from 'react';
import type { RowPlace } from '../../api/domain/shared/table';
import { useMapState } from '../map/mapContext';
import { emptyCollection, useMapLayers } from '../map/useMapLayers';

/** The chosen place: a list row or a search result, and whether the map should fly there. */
export interface ChosenPlace {
  place: RowPlace;
  /** A new value flies again even to the same place (a second click on the row). */
  seq: number;
}

function ringOf(b: readonly [number, number, number, number]): GeoJSON.Position[] {
  return [[b[0], b[1]], [b[2], b[1]], [b[2], b[3]], [b[0], b[3]], [b[0], b[1]]];
}

/**
 * Flies the map to the chosen place (a point at street zoom, a shape fitted with padding) and
 * draws it highlighted above the view's layers, through the one map-layer hook. `id` names the
 * source and its layers (the list's and the search box's highlights are two).
 */
export function useRowHighlight(chosen: ChosenPlace | null, id = 'chosen-place') {
  const { map } = useMapState();
  useEffect(() => {
    if (!map || !chosen) return;
    const p = chosen.place;
    if ('point' in p) map.flyTo({ center: [p.point[0], p.point[1]], zoom: Math.max(map.getZoom(), 15), duration: 800 });
    else map.fitBounds([[p.bbox[0], p.bbox[1]], [p.bbox[2], p.bbox[3]]], { padding: 60, maxZoom: 17, duration: 800 });
  }, [map, chosen]);
  const p = chosen?.place;
  const data: GeoJSON.FeatureCollection = !p
    ? emptyCollection
    : {
        type: 'FeatureCollection',
        features: ['point' in p
          ? { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [p.point[0], p.point[1]] } }
          : { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ringOf(p.bbox)] } }],
      };
  useMapLayers({
    sources: { [id]: { type: 'geojson', data } },
    layers: [
      { id: `${id}-outline`, type: 'line', source: id, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'line-color': '#00b4d8', 'line-width': 3 } },
      { id: `${id}-ring`, type: 'circle', source: id, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 14, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#00b4d8', 'circle-stroke-width': 4 } },
    ],
  });
}
