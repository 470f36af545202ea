import { describe, expect, test } from 'vitest';
import { generateGeography } from '../../../data/generate/geography';
import { generateUndergroundParcels } from '../../../data/generate/underground';
import { findConflicts } from '../../../api/domain/underground/conflicts';
import { deriveLevels } from '../../../api/domain/underground/layerLevel';

const geo = generateGeography({ seed: 'haidong-test', scale: 0.1 });
const opts = { seed: 'haidong-test', scale: 0.1, townships: geo.townships.features, today: '2026-11-20' };

describe('underground demo generator', () => {
  const { parcels, connections } = generateUndergroundParcels(opts);

  test('deterministic for a seed, different for another', () => {
    expect(JSON.stringify(generateUndergroundParcels(opts))).toBe(JSON.stringify({ parcels, connections }));
    expect(JSON.stringify(generateUndergroundParcels({ ...opts, seed: 'other' }).parcels)).not.toBe(JSON.stringify(parcels));
  });

  test('≈ 2,000 × scale parcels in the 街道 cores of 乐都区 and 平安区, unique codes', () => {
    // 2000 × 0.1 = 200 regular parcels plus max(3, round(8 × 0.1)) = 3 deliberate conflicts
    expect(parcels.length).toBeGreaterThanOrEqual(198);
    expect(parcels.length).toBeLessThanOrEqual(205);
    expect(new Set(parcels.map((p) => p.countyCode))).toEqual(new Set(['630202', '630203']));
    expect(new Set(parcels.map((p) => p.code)).size).toBe(parcels.length);
  });

  test('a realistic mix: semi-basements, low layers, 单建 under public land, and exactly the deliberate conflicts', () => {
    const levels = parcels.flatMap((p) => deriveLevels(p.layers).map((d) => d.level));
    expect(levels).toContain('semi');
    expect(parcels.some((p) => p.layers.some((l) => l.netHeight <= 2.2))).toBe(true);
    expect(parcels.filter((p) => p.publicLand !== null).every((p) => p.kind === 'standalone')).toBe(true);
    const volumes = parcels.map((p) => ({
      id: p.code,
      code: p.code,
      footprint: p.footprint,
      layers: p.layers.map((l, i) => ({ level: deriveLevels(p.layers)[i]!.level!, topDepth: l.topDepth, bottomDepth: l.bottomDepth })),
    }));
    expect(findConflicts(volumes)).toHaveLength(3);
    expect(connections.length).toBeGreaterThan(0);
  });
});
