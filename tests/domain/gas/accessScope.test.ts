import { describe, expect, it } from 'vitest';
import {
  canRead,
  canWrite,
  districtOf,
  groupForDistrict,
  scopeFilter,
} from '../../../api/domain/gas/accessScope';
import { districtCodes, isParkTownship, type DistrictCode } from '../../../api/domain/geo/vocabulary';
import type { Actor } from '../../../api/domain/gas/vocabulary';

// Hand-written: the one district each area group may see (东政办〔2023〕98号 §二(一)2).
const ownDistrict: Record<number, DistrictCode> = {
  1: '630202', // 乐都区
  2: '630203', // 平安区
  3: '630222', // 民和县
  4: '630223', // 互助县
  5: '630224', // 化隆县
  6: '630225', // 循化县
  7: 'park', // 海东工业园区
};

describe('districtOf', () => {
  it('puts a 民和 venue in 民和 (group 3)', () => {
    const d = districtOf({ countyCode: '630222', inPark: false });
    expect(d).toBe('630222');
    expect(groupForDistrict(d).no).toBe(3);
  });
  it('puts a park venue in the park district whatever its county (group 7 only)', () => {
    // 海东工业园区乐都工业园 lies in 乐都区 (630202) but belongs to the park group.
    const d = districtOf({ countyCode: '630202', inPark: true });
    expect(d).toBe('park');
    expect(groupForDistrict(d).no).toBe(7);
    expect(canRead({ role: 'inspector', groupNo: 1 }, d)).toBe(false);
    expect(canWrite({ role: 'inspector', groupNo: 1 }, d)).toBe(false);
    expect(canRead({ role: 'inspector', groupNo: 7 }, d)).toBe(true);
  });
  it('knows the park townships from the data (…400 codes)', () => {
    expect(isParkTownship('630202400')).toBe(true); // 海东工业园区乐都工业园
    expect(isParkTownship('630223400')).toBe(true); // 曹家堡临空综合经济园互助园区
    expect(isParkTownship('630202001')).toBe(false);
  });
  it('refuses a county outside Haidong', () => {
    expect(() => districtOf({ countyCode: '630102', inPark: false })).toThrow(RangeError);
  });
});

describe('groupForDistrict', () => {
  it.each(Object.entries(ownDistrict))('group %s ← its district', (no, district) => {
    expect(groupForDistrict(district).no).toBe(Number(no));
  });
});

describe('scope for every role and group', () => {
  for (const groupNo of [1, 2, 3, 4, 5, 6, 7]) {
    it(`area inspector of group ${groupNo}: reads/writes only ${ownDistrict[groupNo]}`, () => {
      const actor: Actor = { role: 'inspector', groupNo };
      expect(scopeFilter(actor)).toEqual({ districts: [ownDistrict[groupNo]] });
      for (const d of districtCodes) {
        expect(canRead(actor, d)).toBe(d === ownDistrict[groupNo]);
        expect(canWrite(actor, d)).toBe(d === ownDistrict[groupNo]);
      }
    });
  }
  for (const groupNo of [8, 9]) {
    it(`city-wide inspector of group ${groupNo}: reads/writes all 7 districts`, () => {
      const actor: Actor = { role: 'inspector', groupNo };
      expect(scopeFilter(actor)).toEqual({ all: true });
      for (const d of districtCodes) {
        expect(canRead(actor, d)).toBe(true);
        expect(canWrite(actor, d)).toBe(true);
      }
    });
  }
  const everywhere: Actor[] = [{ role: 'official' }, { role: 'admin' }, { role: 'official', groupNo: null }];
  for (const actor of everywhere) {
    it(`${actor.role}: all districts`, () => {
      expect(scopeFilter(actor)).toEqual({ all: true });
      for (const d of districtCodes) {
        expect(canRead(actor, d)).toBe(true);
        expect(canWrite(actor, d)).toBe(true);
      }
    });
  }
  const nowhere: Actor[] = [
    { role: 'planner' },
    { role: 'education' },
    // a planner or education user mistakenly given a group still sees nothing
    { role: 'planner', groupNo: 1 },
    { role: 'education', groupNo: 8 },
    // an inspector without a group, or with a group that does not exist
    { role: 'inspector' },
    { role: 'inspector', groupNo: null },
    { role: 'inspector', groupNo: 0 },
    { role: 'inspector', groupNo: 10 },
  ];
  for (const actor of nowhere) {
    it(`${actor.role} group ${String(actor.groupNo)}: nothing`, () => {
      expect(scopeFilter(actor)).toEqual({ none: true });
      for (const d of districtCodes) {
        expect(canRead(actor, d)).toBe(false);
        expect(canWrite(actor, d)).toBe(false);
      }
    });
  }
  it('never grants an unknown district code', () => {
    expect(canRead({ role: 'admin' }, '630102' as DistrictCode)).toBe(false);
  });
});
