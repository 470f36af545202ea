import type { StyleSpecification } from 'maplibre-gl';

/** Six county colours, muted so thematic layers stay readable on top. */
export const countyColours: Record<string, string> = {
  '630202': '#d8e6f3',
  '630203': '#f3e2cf',
  '630222': '#dcefd9',
  '630223': '#efdcec',
  '630224': '#f4efcf',
  '630225': '#d9eeee',
};

/**
 * The offline base style: no tile server and no `glyphs` URL — MapLibre draws label text
 * locally (TinySDF) with the system CJK font (FACTS.md), so the map works with no internet.
 */
export function baseStyle(urls: { counties: string; townships: string; labels: string }, lang: 'zh' | 'en'): StyleSpecification {
  const countyLabel = lang === 'en' ? ['concat', ['get', 'name'], '\n', ['get', 'code']] : ['get', 'name'];
  return {
    version: 8,
    sources: {
      counties: { type: 'geojson', data: urls.counties, promoteId: 'code' },
      townships: { type: 'geojson', data: urls.townships, promoteId: 'code' },
      labels: { type: 'geojson', data: urls.labels },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } },
      {
        id: 'county-fill',
        type: 'fill',
        source: 'counties',
        paint: {
          'fill-color': ['match', ['get', 'code'], ...Object.entries(countyColours).flat(), '#e5e5e5'] as never,
          'fill-opacity': 0.85,
        },
      },
      {
        id: 'township-line',
        type: 'line',
        source: 'townships',
        minzoom: 7.5,
        paint: { 'line-color': '#8a9bb0', 'line-width': 0.6, 'line-dasharray': [3, 2] },
      },
      {
        id: 'county-line',
        type: 'line',
        source: 'counties',
        paint: { 'line-color': '#4b5d73', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.2, 12, 2.5] },
      },
      {
        id: 'township-label',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'township'],
        minzoom: 9,
        layout: {
          'text-field': ['get', 'name'],
          'text-size': 11,
          'text-font': ['Noto Sans Regular'],
        },
        paint: { 'text-color': '#5b6b7f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
      {
        id: 'county-label',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'county'],
        layout: {
          'text-field': countyLabel as never,
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 11, 16],
          'text-font': ['Noto Sans Bold'],
        },
        paint: { 'text-color': '#1f2d3d', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
    ],
  };
}
