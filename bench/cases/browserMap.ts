// Browser: headless Chromium (tests/helpers/browser.ts) time to an idle map showing 50,000 venues,
// four ways on the same points and page: one plain GeoJSON source (every point sent and drawn),
// a clustered GeoJSON source (cluster: true, all points still sent), server-side clusters for
// the viewport from bench/lib/clusterTiles, and Mapbox vector tiles cut by geojson-vt + vt-pbf
// (the API's Node tile builder, api/services/geo/renderTile.ts; issue 15 goal ≤ 0.3× plain).
// Time = page start → first 'idle' with the venue source loaded. Median of 3 page loads each
// after a warm-up.
import { createServer, type Server } from 'node:http';
import geojsonvt from 'geojson-vt';
import vtpbf from 'vt-pbf';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';
import { launchBrowser } from '../../tests/helpers/browser';
import { generateGeography } from '../../data/generate/geography';
import { createRng, normal, pick } from '../../data/generate/random';
import { ClusterTiles } from '../lib/clusterTiles';
import { median } from '../lib/measure';
import type { BenchCase } from '../lib/types';

const maplibreDir = fileURLToPath(new URL('../../node_modules/maplibre-gl/dist/', import.meta.url));
const view = { bounds: [101.2, 35.6, 103.1, 36.95] as [number, number, number, number], width: 1280, height: 800 };

const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>body{margin:0}#map{width:${view.width}px;height:${view.height}px}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from '/maplibre/maplibre-gl.mjs';
const mode = new URLSearchParams(location.search).get('mode');
const map = new maplibregl.Map({ container: 'map', bounds: ${JSON.stringify(view.bounds)}, attributionControl: false, fadeDuration: 0,
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } }] } });
map.on('load', () => {
  const z = Math.floor(map.getZoom());
  const b = map.getBounds();
  const url = mode === 'server' ? '/clusters?z=' + z + '&bbox=' + [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].join(',') : '/venues.json';
  if (mode === 'tiles') map.addSource('v', { type: 'vector', tiles: [location.origin + '/tiles/{z}/{x}/{y}.pbf'], maxzoom: 14 });
  else map.addSource('v', mode === 'client' ? { type: 'geojson', data: url, cluster: true, clusterRadius: 60, clusterMaxZoom: 16 } : { type: 'geojson', data: url });
  map.addLayer({ id: 'v', type: 'circle', source: 'v', ...(mode === 'tiles' ? { 'source-layer': 'venues' } : {}), paint: {
    'circle-color': ['case', ['has', 'point_count'], '#d9480f', '#1c7ed6'],
    'circle-radius': ['case', ['has', 'point_count'], ['interpolate', ['linear'], ['get', 'point_count'], 2, 8, 1000, 22], 3] } });
  map.on('idle', () => {
    if (!map.isSourceLoaded('v') || window.__idle) return;
    window.__idle = performance.now();
    window.__rendered = map.queryRenderedFeatures({ layers: ['v'] }).length;
  });
});
</script></body></html>`;

function venues(n: number) {
  const villages = generateGeography({ seed: 'haidong', scale: 1 }).villages.features;
  const rng = createRng('haidong:bench:browser-venues');
  const lons = new Float64Array(n);
  const lats = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [x, y] = pick(rng, villages).geometry.coordinates;
    lons[i] = Math.round((x + normal(rng, 0, 0.01)) * 1e6) / 1e6;
    lats[i] = Math.round((y + normal(rng, 0, 0.008)) * 1e6) / 1e6;
  }
  return { lons, lats };
}

function serve(handler: (path: string, query: URLSearchParams) => Promise<{ type: string; body: string | Buffer } | null>): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = createServer(async (req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      const r = await handler(u.pathname, u.searchParams).catch(() => null);
      if (!r) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': r.type, 'cache-control': 'no-store' }).end(r.body);
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }));
  });
}

export const browserMapCase: BenchCase = {
  name: 'browser map with 50,000 venues',
  async run(ctx) {
    const n = ctx.quick ? 10_000 : 50_000;
    const { lons, lats } = venues(n);
    const full = JSON.stringify({ type: 'FeatureCollection', features: Array.from(lons, (x, i) => ({ type: 'Feature', id: i, properties: { id: i }, geometry: { type: 'Point', coordinates: [x, lats[i]] } })) });
    const tiles = ClusterTiles.fromFlat(lons, lats);
    const tileIndex = geojsonvt(JSON.parse(full), { maxZoom: 14, indexMaxZoom: 5, extent: 4096, buffer: 64 });
    const { server, url } = await serve(async (path, q) => {
      if (path === '/') return { type: 'text/html; charset=utf-8', body: page };
      if (path === '/venues.json') return { type: 'application/json', body: full };
      const tile = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(path);
      if (tile) {
        const t = tileIndex.getTile(Number(tile[1]), Number(tile[2]), Number(tile[3]));
        if (!t) return { type: 'application/x-protobuf', body: Buffer.alloc(0) };
        return { type: 'application/x-protobuf', body: Buffer.from(vtpbf.fromGeojsonVt({ venues: t }, { version: 2 })) };
      }
      if (path === '/clusters') return { type: 'application/json', body: tiles.viewport(q.get('bbox')!.split(',').map(Number) as [number, number, number, number], Number(q.get('z'))) };
      if (path.startsWith('/maplibre/')) {
        const file = normalize(join(maplibreDir, path.slice('/maplibre/'.length)));
        if (!file.startsWith(maplibreDir)) return null;
        return { type: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: await readFile(file) };
      }
      return null;
    });
    const browser = await launchBrowser();
    try {
      const timeToIdle = async (mode: string) => {
        const context = await browser.newContext({ viewport: { width: view.width, height: view.height } });
        const p = await context.newPage();
        await p.goto(`${url}/?mode=${mode}`);
        await p.waitForFunction(() => (window as unknown as { __idle?: number }).__idle, null, { timeout: 120_000, polling: 50 });
        const { ms, rendered } = await p.evaluate(() => {
          const w = window as unknown as { __idle: number; __rendered: number };
          return { ms: w.__idle, rendered: w.__rendered };
        });
        await context.close();
        if (!(rendered > 0)) throw new Error(`${mode}: nothing rendered`);
        return { ms, rendered };
      };
      const modes = ['plain', 'client', 'server', 'tiles'] as const;
      const times: Record<string, number[]> = { plain: [], client: [], server: [], tiles: [] };
      for (const m of modes) ctx.log(`${m}: ${(await timeToIdle(m)).rendered} features drawn`);
      for (let i = 0; i < (ctx.quick ? 2 : 3); i++) for (const m of modes) times[m].push((await timeToIdle(m)).ms);
      const med = Object.fromEntries(modes.map((m) => [m, median(times[m])])) as Record<(typeof modes)[number], number>;
      ctx.log(`time to idle map: plain ${med.plain.toFixed(0)} ms, cluster:true ${med.client.toFixed(0)} ms, server clusters ${med.server.toFixed(0)} ms, vector tiles ${med.tiles.toFixed(0)} ms (runs ${JSON.stringify(times)})`);
      const label = `browser: time to idle map, ${n.toLocaleString()} venues`;
      return [
        { name: `${label}, vector tiles (geojson-vt + vt-pbf) vs one plain GeoJSON source`, ours: med.tiles, baseline: med.plain, unit: 'ms', ratio: med.tiles / med.plain, goal: { op: '<=', value: 0.3 } },
        { name: `${label}, server-side clusters vs one plain GeoJSON source`, ours: med.server, baseline: med.plain, unit: 'ms', ratio: med.server / med.plain, goal: { op: '<=', value: 0.5 } },
        { name: `${label}, client cluster:true source vs one plain GeoJSON source`, ours: med.client, baseline: med.plain, unit: 'ms', ratio: med.client / med.plain, goal: { op: '<=', value: 0.5 } },
      ];
    } finally {
      await browser.close();
      server.close();
    }
  },
};
