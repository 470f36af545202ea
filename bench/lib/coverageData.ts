// Synthetic catchments and children for the coverage benchmark (deterministic from the seed).
// Catchments: star-shaped polygons with 20–60 vertices around school sites at villages (so they
// cluster where people live, overlap a little and leave gaps), 2/3 primary and 1/3 junior.
// Children: mostly near a school site, some anywhere in a township (the uncovered ones), and a few
// exactly on a catchment vertex so that boundary semantics are exercised. Points stay in typed
// arrays: 1.6 million GeoJSON features would cost more memory than the computation.
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { Geography } from '../../data/generate/geography';
import { createRng, int, normal, pick, randomPointInPolygon, uniform } from '../../data/generate/random';
import { levelCodes, type CatchmentProperties } from '../../api/domain/education/coverage';

export const catchmentsAtScale1 = 700;
export const childrenAtScale1 = 160_000;

const kmLat = 1 / 111.32;
const kmLon = 1 / (111.32 * Math.cos((36.5 * Math.PI) / 180));
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export interface CoverageData {
  catchments: FeatureCollection<Polygon, CatchmentProperties>;
  centers: Float64Array;
  xs: Float64Array;
  ys: Float64Array;
  /** 0 = not school age, 1 primary, 2 junior (levelCodes). */
  levels: Uint8Array;
  /** Children placed exactly on a catchment vertex. */
  onVertex: number;
}

function starPolygon(rng: () => number, cx: number, cy: number, radiusKm: number): [number, number][] {
  const n = int(rng, 20, 60);
  const ring: [number, number][] = [];
  const phase = uniform(rng, 0, 2 * Math.PI);
  for (let i = 0; i < n; i++) {
    // Strictly increasing angles around the centre keep the ring simple (star-shaped).
    const a = phase + ((i + uniform(rng, 0.1, 0.9)) / n) * 2 * Math.PI;
    const r = radiusKm * uniform(rng, 0.7, 1.25);
    ring.push([round6(cx + Math.cos(a) * r * kmLon), round6(cy + Math.sin(a) * r * kmLat)]);
  }
  ring.push([ring[0][0], ring[0][1]]);
  return ring;
}

export function generateCoverageData(geography: Geography, seed: string, scale: number, sizes?: { catchments: number; children: number }): CoverageData {
  const rng = createRng(`${seed}:bench:coverage`);
  const villages = geography.villages.features;
  const townships = geography.townships.features;
  const nc = sizes?.catchments ?? Math.round(catchmentsAtScale1 * scale);
  const nk = sizes?.children ?? Math.round(childrenAtScale1 * scale);

  // More schools on the same land means smaller catchments: radii shrink with √(count / 700), so
  // overlap stays modest at any scale.
  const shrink = Math.sqrt(catchmentsAtScale1 / Math.max(catchmentsAtScale1, nc));
  const features: Feature<Polygon, CatchmentProperties>[] = [];
  const centers = new Float64Array(nc * 2);
  for (let c = 0; c < nc; c++) {
    const v = pick(rng, villages).geometry.coordinates;
    const cx = v[0] + normal(rng, 0, 1.5) * kmLon;
    const cy = v[1] + normal(rng, 0, 1.5) * kmLat;
    const level = rng() < 2 / 3 ? 'primary' : 'junior';
    const radius = shrink * (level === 'primary' ? uniform(rng, 1.4, 2.8) : uniform(rng, 2.8, 5.5));
    centers[2 * c] = cx;
    centers[2 * c + 1] = cy;
    features.push({
      type: 'Feature',
      properties: { schoolId: `S${String(c).padStart(5, '0')}`, level, capacity: level === 'primary' ? int(rng, 200, 1500) : int(rng, 400, 2500) },
      geometry: { type: 'Polygon', coordinates: [starPolygon(rng, cx, cy, radius)] },
    });
  }

  const xs = new Float64Array(nk);
  const ys = new Float64Array(nk);
  const levels = new Uint8Array(nk);
  let onVertex = 0;
  for (let k = 0; k < nk; k++) {
    const age = int(rng, 4, 17);
    levels[k] = age >= 6 && age <= 11 ? levelCodes.primary : age >= 12 && age <= 15 ? levelCodes.junior : 0;
    const u = rng();
    if (u < 0.001) {
      const f = pick(rng, features);
      const ring = f.geometry.coordinates[0];
      const p = ring[int(rng, 0, ring.length - 2)];
      xs[k] = p[0];
      ys[k] = p[1];
      levels[k] = levelCodes[f.properties.level];
      onVertex++;
    } else if (u < 0.88) {
      const c = int(rng, 0, nc - 1);
      xs[k] = round6(centers[2 * c] + normal(rng, 0, 1.3 * shrink) * kmLon);
      ys[k] = round6(centers[2 * c + 1] + normal(rng, 0, 1.3 * shrink) * kmLat);
    } else {
      const [x, y] = randomPointInPolygon(rng, pick(rng, townships).geometry as Polygon);
      xs[k] = x;
      ys[k] = y;
    }
  }
  return { catchments: { type: 'FeatureCollection', features }, centers, xs, ys, levels, onVertex };
}

/** A GeoJSON copy of children first…first+n−1 for the Turf baseline (ages matching the levels). */
export function childrenSample(data: CoverageData, first: number, n: number): FeatureCollection<Point, { id: string; age: number }> {
  const ageOf = [3, 8, 13];
  const features: Feature<Point, { id: string; age: number }>[] = [];
  for (let k = first; k < first + n; k++) {
    features.push({ type: 'Feature', properties: { id: String(k), age: ageOf[data.levels[k]] }, geometry: { type: 'Point', coordinates: [data.xs[k], data.ys[k]] } });
  }
  return { type: 'FeatureCollection', features };
}
