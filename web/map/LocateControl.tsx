import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { accuracyCircle, useDevicePosition } from './devicePosition';
import { useMapState } from './mapContext';
import { emptyCollection, useMapLayers } from './useMapLayers';

/** "定位" on the map: the device as a dot with its accuracy circle; the first fix centres the map on it. */
export function LocateControl() {
  const { tr } = useI18n();
  const { map } = useMapState();
  const { position, problem, watching, locate } = useDevicePosition();
  const centred = useRef(false);

  useEffect(() => {
    if (!map || !position || centred.current) return;
    centred.current = true;
    map.easeTo({ center: [position.lon, position.lat], zoom: Math.max(map.getZoom(), 16) });
  }, [map, position]);

  const point: GeoJSON.FeatureCollection = position ? { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [position.lon, position.lat] } }] } : emptyCollection;
  const circle: GeoJSON.FeatureCollection = position ? { type: 'FeatureCollection', features: [accuracyCircle(position, position.accuracy)] } : emptyCollection;
  useMapLayers({
    sources: { 'device-accuracy': { type: 'geojson', data: circle }, 'device-position': { type: 'geojson', data: point } },
    layers: [
      { id: 'device-accuracy-fill', type: 'fill', source: 'device-accuracy', paint: { 'fill-color': '#1e88e5', 'fill-opacity': 0.15 } },
      { id: 'device-accuracy-line', type: 'line', source: 'device-accuracy', paint: { 'line-color': '#1e88e5', 'line-width': 1 } },
      { id: 'device-position-dot', type: 'circle', source: 'device-position', paint: { 'circle-color': '#1e88e5', 'circle-radius': 7, 'circle-stroke-color': '#fff', 'circle-stroke-width': 3 } },
    ],
    groups: [{ id: 'device-position', label: tr('本机位置', 'My position'), layerIds: ['device-accuracy-fill', 'device-accuracy-line', 'device-position-dot'], legend: { title: tr('本机位置', 'My position'), items: [{ colour: '#1e88e5', label: tr('本机位置（圆为定位精度）', 'My position (circle = accuracy)'), shape: 'circle' }] } }],
  });

  return (
    <div className="locate-control">
      <button type="button" data-testid="locate-me" aria-pressed={watching} onClick={() => { centred.current = false; locate(); }}>
        ◎ {tr('定位', 'Locate me')}
      </button>
      {position && <span className="locate-accuracy" data-testid="locate-accuracy">±{Math.round(position.accuracy)} m</span>}
      {problem && <span className="locate-problem error" role="alert">{tr(problem)}</span>}
    </div>
  );
}
