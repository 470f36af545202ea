import { describe, expect, it } from 'vitest';
import { distanceFlag, haversineMeters } from '../../../api/domain/education/distanceFlag';

describe('distanceFlag (product setting: 3 km primary, 5 km junior)', () => {
  it('haversine along a meridian: 0.03° = 0.03 × π/180 × 6 371 008.8 m ≈ 3335.85 m', () => {
    expect(haversineMeters([102.4, 36.5], [102.4, 36.53])).toBeCloseTo(3335.85, 1);
  });

  it('flags primary above 3 km but not junior below 5 km', () => {
    const home = [102.4, 36.5] as const;
    const school = [102.4, 36.53] as const;
    expect(distanceFlag({ home, school, level: 'primary' })).toEqual({ distanceMeters: 3336, thresholdMeters: 3000, exceeds: true });
    expect(distanceFlag({ home, school, level: 'junior' })).toEqual({ distanceMeters: 3336, thresholdMeters: 5000, exceeds: false });
    expect(distanceFlag({ home, school, level: 'junior' }, { primary: 3000, junior: 3000 }).exceeds).toBe(true);
  });
});
