import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { createRng, normal, randomPointInPolygon, type Rng } from './random';
import type { Village } from './referenceData';
import type { TownshipArea } from './townships';

// Village positions and populations are synthetic (data/README.md): only names and codes are real.

export const settlementKinds = ['urban', 'rural'] as const;
export type SettlementKind = (typeof settlementKinds)[number];

export interface VillageProperties {
  code: string;
  name: string;
  townshipCode: string;
  countyCode: string;
  settlement: SettlementKind;
  population: number;
  synthetic: true;
}

export type VillagePoint = Feature<Point, VillageProperties>;

export interface VillageOptions {
  seed: string;
  /** Multiplies every population (load tests use 10×). */
  scale: number;
}

/** 居委会 / 居民委员会 / 社区 are urban residents' committees; 村委会 / 村民委员会 are villages. */
export function settlementKind(name: string): SettlementKind {
  return /居委会|居民委员会|社区/.test(name) ? 'urban' : 'rural';
}

/**
 * Lognormal population: median and spread chosen so the scale-1 total is of the order of the
 * city's real population; park units (codes ending 400) hold only a small virtual community.
 */
function population(rng: Rng, village: Village, kind: SettlementKind, scale: number): number {
  const isParkUnit = village.townshipCode.endsWith('400');
  const [median, sigma] = isParkUnit ? [300, 0.4] : kind === 'urban' ? [4500, 0.5] : [600, 0.45];
  const base = median * Math.exp(normal(rng, 0, sigma));
  return Math.max(1, Math.round(base * scale));
}

/**
 * One point per village, uniformly inside its synthetic township area. Each village draws from
 * its own stream (seed + code) so adding or removing one village moves no other village.
 */
export function villagePoints(
  villages: readonly Village[],
  townships: readonly TownshipArea[],
  options: VillageOptions,
): VillagePoint[] {
  const areas = new Map<string, Polygon | MultiPolygon>(townships.map((t) => [t.properties.code, t.geometry]));
  return villages.map((v) => {
    const area = areas.get(v.townshipCode);
    if (!area) throw new Error(`village ${v.code} lies in township ${v.townshipCode}, which has no area`);
    const rng = createRng(`${options.seed}:village:${v.code}`);
    const kind = settlementKind(v.name);
    return {
      type: 'Feature',
      properties: {
        code: v.code,
        name: v.name,
        townshipCode: v.townshipCode,
        countyCode: v.countyCode,
        settlement: kind,
        population: population(rng, v, kind, options.scale),
        synthetic: true,
      },
      geometry: { type: 'Point', coordinates: randomPointInPolygon(rng, area) },
    };
  });
}
