import type { Geography } from './geography';
import { createRng, uniform, weightedPick, type Rng } from './random';

// Synthetic schools (控辍保学 demo): about 700 × scale, spread over townships in proportion to
// their population, each placed at one of the township's villages (weighted by size).

export type DemoSchoolLevel = 'primary' | 'junior' | 'nine_year';

export interface DemoSchool {
  code: string;
  name: string;
  level: DemoSchoolLevel;
  /** Seats; a nine-year school's seats are split 2:1 between its primary and junior catchments. */
  capacity: number;
  countyCode: string;
  townshipCode: string;
  lon: number;
  lat: number;
}

export const demoSchoolsAtScale1 = 700;
const levelShares: [DemoSchoolLevel, number][] = [
  ['primary', 0.66],
  ['junior', 0.2],
  ['nine_year', 0.14],
];
const suffix: Record<DemoSchoolLevel, string> = { primary: '小学', junior: '中学', nine_year: '九年一贯制学校' };

/** Largest-remainder split of `total` in proportion to `weights`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k]![1]]!++;
  return out;
}

function villageStem(name: string): string {
  return name.replace(/(村民委员会|村委会|居民委员会|居委会|社区)$/, '');
}

export function generateSchools(geography: Geography, seed: string, scale: number, childrenPerTownship: Map<string, number>): DemoSchool[] {
  const rng: Rng = createRng(`${seed}:education:schools`);
  const townships = geography.townships.features.map((t) => t.properties);
  const total = Math.max(levelShares.length, Math.round(demoSchoolsAtScale1 * scale));
  const perTownship = apportion(total, townships.map((t) => childrenPerTownship.get(t.code) ?? 0));
  const byTownship = new Map<string, typeof geography.villages.features>();
  for (const v of geography.villages.features) {
    const list = byTownship.get(v.properties.townshipCode) ?? [];
    list.push(v);
    byTownship.set(v.properties.townshipCode, list);
  }
  const schools: DemoSchool[] = [];
  townships.forEach((t, ti) => {
    const villages = byTownship.get(t.code) ?? [];
    const n = perTownship[ti]!;
    if (n === 0 || villages.length === 0) return;
    const children = childrenPerTownship.get(t.code) ?? 0;
    for (let k = 0; k < n; k++) {
      // The first school of a township offers primary; the rest follow the city-wide shares.
      const level = k === 0 ? 'nine_year' : weightedPick(rng, levelShares.map((l) => l[0]), levelShares.map((l) => l[1]));
      const village = weightedPick(rng, villages, villages.map((v) => v.properties.population));
      const [x, y] = village.geometry.coordinates as [number, number];
      const seats = Math.max(50, Math.round(((children / n) * uniform(rng, 0.7, 1.3)) / 10) * 10);
      schools.push({
        code: `${t.code}${String(k + 1).padStart(2, '0')}`,
        name: `${t.name}${villageStem(village.properties.name)}${suffix[level]}`,
        level,
        capacity: seats,
        countyCode: t.countyCode,
        townshipCode: t.code,
        // A few hundred metres from the village centre, so schools and homes do not coincide.
        lon: Math.round((x + uniform(rng, -0.003, 0.003)) * 1e6) / 1e6,
        lat: Math.round((y + uniform(rng, -0.003, 0.003)) * 1e6) / 1e6,
      });
    }
  });
  return schools;
}
