// Map layers at 1,000,000 points: cold index build of bench/lib/clusterTiles (flat arrays in) vs a
// bare supercluster.load() of the same points already held as GeoJSON features; viewport request
// time (p95 over many viewports at zooms 7–16); bytes per viewport vs the full GeoJSON.
import Supercluster, { type AnyProps, type PointFeature } from 'supercluster';
import { generateGeography } from '../../data/generate/geography';
import { createRng, int, normal, pick } from '../../data/generate/random';
import { ClusterTiles, defaultClusterOptions } from '../lib/clusterTiles';
import { percentile, timeMedian, timeOnce } from '../lib/measure';
import type { BenchCase } from '../lib/types';

const kmLat = 1 / 111.32;
const kmLon = 1 / (111.32 * Math.cos((36.5 * Math.PI) / 180));

function venuePoints(count: number): { lons: Float64Array; lats: Float64Array } {
  const villages = generateGeography({ seed: 'haidong', scale: 1 }).villages.features;
  const rng = createRng('haidong:bench:venues');
  const lons = new Float64Array(count);
  const lats = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const [x, y] = pick(rng, villages).geometry.coordinates;
    lons[i] = Math.round((x + normal(rng, 0, 0.8) * kmLon) * 1e6) / 1e6;
    lats[i] = Math.round((y + normal(rng, 0, 0.8) * kmLat) * 1e6) / 1e6;
  }
  return { lons, lats };
}

/** A 1280 × 800 px viewport at zoom z centred on (lon, lat), as a lon/lat bbox (Web Mercator). */
function viewportBbox(lon: number, lat: number, z: number): [number, number, number, number] {
  const world = 512 * 2 ** z;
  const x = ((lon + 180) / 360) * world;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
  const toLon = (px: number) => (px / world) * 360 - 180;
  const toLat = (py: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / world))) * 180) / Math.PI;
  return [toLon(x - 640), toLat(y + 400), toLon(x + 640), toLat(y - 400)];
}

export const mapLayersCase: BenchCase = {
  name: 'map layers (server-side clusters)',
  async run(ctx) {
    const n = ctx.quick ? 100_000 : 1_000_000;
    const { lons, lats } = venuePoints(n);
    const features: PointFeature<null>[] = Array.from({ length: n }, (_, i) => ({
      type: 'Feature', id: i, properties: null, geometry: { type: 'Point', coordinates: [lons[i], lats[i]] },
    }));
    const label = `map layer ${(n / 1e6).toFixed(1)}M points`;

    const ours = await timeMedian(() => ClusterTiles.fromFlat(lons, lats), 3, 1);
    const bare = await timeMedian(() => new Supercluster<null, AnyProps>(defaultClusterOptions).load(features), 3, 1);
    ctx.log(`cold build: ours ${ours.ms.toFixed(0)} ms, bare supercluster.load ${bare.ms.toFixed(0)} ms`);

    const tiles = ours.value;
    const rng = createRng('haidong:bench:viewports');
    const requests: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < 400; i++) {
      const z = int(rng, 7, 16);
      // Centred on a venue: people look where the venues are, and empty viewports would flatter us.
      const at = int(rng, 0, n - 1);
      const bbox = viewportBbox(lons[at], lats[at], z);
      const r = await timeOnce(() => tiles.viewport(bbox, z));
      requests.push({ ms: r.ms, bytes: Buffer.byteLength(r.value) });
    }
    const warm = requests.slice(50);
    const p95 = percentile(warm.map((r) => r.ms), 95);
    const maxBytes = Math.max(...warm.map((r) => r.bytes));
    const full = await timeOnce(() => JSON.stringify({ type: 'FeatureCollection', features }));
    const fullBytes = Buffer.byteLength(full.value);
    ctx.log(`viewport p95 ${p95.toFixed(2)} ms, largest ${maxBytes.toLocaleString()} B; full GeoJSON ${fullBytes.toLocaleString()} B serialised in ${full.ms.toFixed(0)} ms`);

    return [
      {
        name: `${label}: cold cluster index from flat arrays vs bare supercluster.load() of GeoJSON in memory`,
        ours: ours.ms, baseline: bare.ms, unit: 'ms', ratio: ours.ms / bare.ms, goal: { op: '<=', value: 1.5 },
      },
      {
        name: `${label}: viewport request p95 (350 viewports, z7–16) vs serialising the full GeoJSON`,
        ours: p95, baseline: full.ms, unit: 'ms', ratio: p95 / full.ms,
      },
      {
        name: `${label}: largest viewport response vs full GeoJSON`,
        ours: maxBytes, baseline: fullBytes, unit: 'bytes', ratio: maxBytes / fullBytes, goal: { op: '<=', value: 0.2 },
      },
    ];
  },
};
