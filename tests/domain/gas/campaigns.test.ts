import { describe, expect, it } from 'vitest';
import { campaignById, campaigns, roundOn } from '../../../api/domain/gas/campaigns';
import { addYears, dayNumber, daysBetween, chinaDate } from '../../../api/domain/shared/calendarDate';
import { areaGroups, groupByNo, inspectionGroups } from '../../../api/domain/gas/inspectionGroups';

describe('campaign 2023 (东政办〔2023〕98号 §一(一))', () => {
  const c = campaignById('haidong-gas-2023')!;
  it.each([
    ['2023-10-12', null], // before the notice
    ['2023-10-13', 1],
    ['2023-10-31', 1],
    ['2023-11-01', 2],
    ['2023-11-30', 2],
    ['2023-12-01', null],
  ] as const)('%s → round %s', (date, no) => {
    expect(roundOn(c, date)?.no ?? null).toBe(no);
  });
  it('has the report due days of 附件1', () => {
    expect(c.rounds.map((r) => r.reportDueOn)).toEqual(['2023-10-31', '2023-11-30']);
    expect(c.rounds.map((r) => r.name.zh)).toEqual(['全面排查', '回头看']);
  });
  it('leaves each round at least a week (§一(一) 不少于一周)', () => {
    for (const r of c.rounds) expect(daysBetween(r.startsOn, r.endsOn) + 1).toBeGreaterThanOrEqual(c.minDaysPerRound);
  });
  it('is the only campaign so far', () => expect(campaigns).toHaveLength(1));
});

describe('inspection groups (东政办〔2023〕98号 §二(一))', () => {
  it('has 7 area groups on 7 distinct districts and 2 city-wide groups', () => {
    expect(areaGroups.map((g) => [g.no, g.districtCode, g.districtName])).toEqual([
      [1, '630202', '乐都区'],
      [2, '630203', '平安区'],
      [3, '630222', '民和县'],
      [4, '630223', '互助县'],
      [5, '630224', '化隆县'],
      [6, '630225', '循化县'],
      [7, 'park', '海东工业园区'],
    ]);
    expect(inspectionGroups.map((g) => g.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(groupByNo(8)).toMatchObject({ kind: 'comprehensive', districtCode: 'all', name: '综合督查组' });
    expect(groupByNo(9)).toMatchObject({ kind: 'covert', districtCode: 'all', name: '明察暗访组' });
  });
  it('has the lead and member units of the table', () => {
    expect(groupByNo(4)).toMatchObject({ leadUnit: '市商务局', memberUnits: ['市司法局', '市卫生健康委'] });
    expect(groupByNo(5)).toMatchObject({ leadUnit: '市应急局', memberUnits: ['市民宗委', '市民政局', '市财政局'] });
    expect(groupByNo(1)).toMatchObject({ leadUnit: '海东消防救援支队', memberUnits: ['市发展改革委'] });
  });
});

describe('calendarDate', () => {
  it('counts days and rejects non-days', () => {
    expect(daysBetween('2023-10-13', '2023-10-31')).toBe(18);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(() => dayNumber('2023-13-01')).toThrow(RangeError);
    expect(() => dayNumber('2023-10-1')).toThrow(RangeError);
  });
  it('adds years with an end-of-February clamp', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2023-12-31', 2)).toBe('2025-12-31');
  });
  it('takes the Haidong day of an instant (UTC+8)', () => {
    // 16:00 UTC = 00:00 next day in Beijing
    expect(chinaDate(new Date('2023-10-31T15:59:59Z'))).toBe('2023-10-31');
    expect(chinaDate(new Date('2023-10-31T16:00:00Z'))).toBe('2023-11-01');
  });
});
