import { describe, expect, it } from 'vitest';
import { coverageByCounty, share, utilization } from '../../../api/domain/education/coverageTallies';

describe('coverageTallies', () => {
  it('shares are rounded to 4 decimals and null without a whole', () => {
    expect(share(1, 3)).toBe(0.3333);
    expect(share(2, 0)).toBeNull();
    expect(utilization(150, 100)).toBe(1.5);
  });

  it('sums townships per county and counts its over-capacity catchments', () => {
    const townships = [
      { countyCode: '630203', schoolAge: 10, uncovered: 1 },
      { countyCode: '630202', schoolAge: 5, uncovered: 0 },
      { countyCode: '630203', schoolAge: 4, uncovered: 2 },
    ];
    const loads = [
      { countyCode: '630203', children: 11, capacity: 10 },
      { countyCode: '630203', children: 10, capacity: 10 },
      { countyCode: '630225', children: 99, capacity: 1 }, // no township row: not reported
    ];
    expect(coverageByCounty(townships, loads)).toEqual([
      { countyCode: '630202', schoolAge: 5, uncovered: 0, overCapacityCatchments: 0 },
      { countyCode: '630203', schoolAge: 14, uncovered: 3, overCapacityCatchments: 1 },
    ]);
  });
});
