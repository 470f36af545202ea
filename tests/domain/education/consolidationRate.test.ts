import { describe, expect, it } from 'vitest';
import { consolidationRate, countyConsolidationRates } from '../../../api/domain/education/consolidationRate';
import { consolidationTargetFor } from '../../../api/domain/education/ruleSets';

describe('巩固率 = grade-9 graduates ÷ grade-1 enrolment 8 school years earlier', () => {
  it('single rate with target and divide-by-zero guard', () => {
    expect(consolidationRate(990, 1000, 0.99)).toEqual({ rate: 0.99, target: 0.99, meets: true }); // 990/1000
    expect(consolidationRate(989, 1000, 0.99)).toEqual({ rate: 0.989, target: 0.99, meets: false });
    expect(consolidationRate(2, 3, 0.95)).toEqual({ rate: 0.6667, target: 0.95, meets: false }); // 0.66666… → 0.6667
    expect(consolidationRate(5, 0, 0.95)).toEqual({ rate: null, target: 0.95, meets: null });
  });

  it('per county, cohort 2016 → graduating school year 2024, targets from rule data', () => {
    const rows = [
      { countyCode: '341602', schoolYear: 2016, grade1Enrolment: 8000, grade9Graduates: 0 },
      { countyCode: '341602', schoolYear: 2024, grade1Enrolment: 7000, grade9Graduates: 7940 }, // 7940/8000 = 0.9925 ≥ 0.99
      { countyCode: '530902', schoolYear: 2016, grade1Enrolment: 1000, grade9Graduates: 0 },
      { countyCode: '530902', schoolYear: 2024, grade1Enrolment: 900, grade9Graduates: 940 }, // 0.94 < 0.95
      { countyCode: '630202', schoolYear: 2016, grade1Enrolment: 500, grade9Graduates: 0 },
      { countyCode: '630202', schoolYear: 2024, grade1Enrolment: 480, grade9Graduates: 498 }, // 0.996; 零辍学 is not a rate
      { countyCode: '110105', schoolYear: 2024, grade1Enrolment: 100, grade9Graduates: 90 }, // no 2016 row → null
    ];
    const r = countyConsolidationRates(rows, 2024);
    expect(r.map(({ countyCode, rate, target, meets }) => ({ countyCode, rate, target, meets }))).toEqual([
      { countyCode: '110105', rate: null, target: null, meets: null },
      { countyCode: '341602', rate: 0.9925, target: 0.99, meets: true },
      { countyCode: '530902', rate: 0.94, target: 0.95, meets: false },
      { countyCode: '630202', rate: 0.996, target: null, meets: null }, // open dropouts not given → unknown
    ]);
    expect(r[1]).toMatchObject({ cohortStartYear: 2016, grade1Enrolment: 8000, grade9Graduates: 7940 });
  });

  // 东政办〔2023〕101号 Art. 3 "确保每一名适龄儿童少年接受并完成义务教育"; Art. 6 "实现“零辍学”目标".
  // Issue 13: as a 100 % rate every county was "below target" (the old expectation 0.996 < 1 was wrong);
  // the shipped reading counts open dropout cases.
  it('零辍学 read as zero open dropouts; the full-consolidation reading stays available', () => {
    const rows = [
      { countyCode: '630202', schoolYear: 2016, grade1Enrolment: 500, grade9Graduates: 0 },
      { countyCode: '630202', schoolYear: 2024, grade1Enrolment: 480, grade9Graduates: 498 },
      { countyCode: '630203', schoolYear: 2016, grade1Enrolment: 400, grade9Graduates: 0 },
      { countyCode: '630203', schoolYear: 2024, grade1Enrolment: 400, grade9Graduates: 390 },
    ];
    const open = new Map([['630203', 2]]);
    const r = countyConsolidationRates(rows, 2024, undefined, open);
    expect(r.map(({ countyCode, meets, zeroDropout }) => ({ countyCode, meets, open: zeroDropout?.openDropouts, reading: zeroDropout?.reading }))).toEqual([
      { countyCode: '630202', meets: true, open: 0, reading: 'zero_open_dropouts' },
      { countyCode: '630203', meets: false, open: 2, reading: 'zero_open_dropouts' },
    ]);
    const asRate = countyConsolidationRates(rows, 2024, undefined, open, 'full_consolidation');
    expect(asRate.map(({ target, meets }) => ({ target, meets }))).toEqual([
      { target: 1, meets: false },
      { target: 1, meets: false },
    ]);
  });

  it('a target applies only from its year', () => {
    expect(consolidationTargetFor('341602', 2024)).toBeNull(); // 谯城 target is "by 2025"
    expect(consolidationTargetFor('341602', 2025)?.target).toBe(0.99);
  });
});
