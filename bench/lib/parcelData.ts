// Synthetic underground parcels for the conflict benchmark: rotated rectangles 12–50 m a side in
// the urban areas of 乐都区 (碾伯) and 平安区 (平安镇), each with 1–3 stacked layers (B1 0–5 m,
// B2 5–10 m, B3 10–15 m), so neighbours overlap in plan and sometimes in depth.
import type { ParcelVolume, VolumeLayer } from '../../api/domain/underground/parcelVolume';
import type { Level } from '../../api/domain/underground/layerLevel';
import { createRng, int, pick, uniform } from '../../data/generate/random';

export const parcelsAtScale1 = 2_000;

/** Urban windows [west, south, east, north] (approximate built-up areas). */
const urbanAreas = [
  { code: '630202', box: [102.36, 36.46, 102.45, 36.51] },
  { code: '630203', box: [102.07, 36.48, 102.14, 36.52] },
] as const;

const mLat = 1 / 111_320;
const mLon = 1 / (111_320 * Math.cos((36.5 * Math.PI) / 180));
const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

export function generateParcels(seed: string, count: number): ParcelVolume[] {
  const rng = createRng(`${seed}:bench:parcels`);
  const parcels: ParcelVolume[] = [];
  for (let i = 0; i < count; i++) {
    const area = pick(rng, urbanAreas);
    const [w, s, e, n] = area.box;
    const cx = uniform(rng, w, e);
    const cy = uniform(rng, s, n);
    const hw = uniform(rng, 6, 25);
    const hh = uniform(rng, 6, 25);
    const a = uniform(rng, 0, Math.PI / 2);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const corners = [[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]].map(([dx, dy]) => [
      round7(cx + (dx * cos - dy * sin) * mLon),
      round7(cy + (dx * sin + dy * cos) * mLat),
    ]);
    const first = int(rng, 1, 3);
    const stack = int(rng, 1, 3);
    const layers: VolumeLayer[] = [];
    for (let l = first; l < first + stack; l++) layers.push({ level: `B${l}` as Level, topDepth: (l - 1) * 5, bottomDepth: l * 5 });
    parcels.push({
      id: `p${i}`,
      code: `${area.code}-DX-${String(i).padStart(6, '0')}`,
      footprint: { type: 'Polygon', coordinates: [[...corners, corners[0]]] },
      layers,
    });
  }
  return parcels;
}
