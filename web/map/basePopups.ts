import * as maplibregl from 'maplibre-gl';
import type { Tr } from '../i18n/i18n';

/** Click on the base map: county (real) and township (synthetic) names with codes. */
export function installBasePopups(map: maplibregl.Map, tr: Tr) {
  map.on('click', (e) => {
    // While a shape is being drawn (a layer marked `metadata.drawing`), a click adds a vertex and
    // opens nothing.
    if (map.getStyle().layers.some((l) => (l.metadata as { drawing?: boolean } | undefined)?.drawing)) return;
    // Thematic layers of the domain views open their own popups and take precedence.
    const hits = map.queryRenderedFeatures(e.point);
    if (hits.some((f) => !['county-fill', 'township-line', 'county-line', 'county-label', 'township-label', 'background'].includes(f.layer.id))) return;
    const county = hits.find((f) => f.layer.id === 'county-fill');
    if (!county) return;
    const townships = map.querySourceFeatures('townships', {
      filter: ['==', ['get', 'countyCode'], county.properties.code],
    });
    const here = townships.find((t) => {
      const g = t.geometry;
      return g.type === 'Polygon' || g.type === 'MultiPolygon' ? containsPoint(g, [e.lngLat.lng, e.lngLat.lat]) : false;
    });
    const div = document.createElement('div');
    const h = document.createElement('b');
    h.textContent = `${county.properties.name} (${county.properties.code})`;
    div.appendChild(h);
    if (here) {
      const p = document.createElement('div');
      p.textContent = `${tr('乡镇/街道', 'Township')}: ${here.properties.name} · ${here.properties.villageCount} ${tr('个村/社区', 'villages')}`;
      div.appendChild(p);
      const s = document.createElement('div');
      s.className = 'synthetic-note';
      s.textContent = tr('乡镇范围为示例数据', 'Township area is synthetic');
      div.appendChild(s);
    }
    new maplibregl.Popup({ maxWidth: '320px' }).setLngLat(e.lngLat).setDOMContent(div).addTo(map);
  });
}

function containsPoint(g: GeoJSON.Polygon | GeoJSON.MultiPolygon, [x, y]: [number, number]): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.some((rings) => {
    let inside = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
      }
    }
    return inside;
  });
}
