import { describe, expect, it } from 'vitest';
import { ageOnReference, referenceYear, schoolStage } from '../../../api/domain/education/schoolAge';

describe('reference day of the school year', () => {
  it('is 31 August of the year the current school year started', () => {
    expect(referenceYear('2026-11-25')).toBe(2026); // after 08-31 → same year
    expect(referenceYear('2027-03-10')).toBe(2026); // before 09-01 → previous year
    expect(referenceYear('2026-08-31')).toBe(2025); // the reference day itself belongs to the old school year
    expect(referenceYear('2026-09-01')).toBe(2026);
  });
});

describe('ageOnReference / schoolStage — 白银 §二(一) "截止当年8月31日年满六周岁"', () => {
  it('birthday on 08-31 counts, 09-01 waits a year', () => {
    // Reference 2026-08-31: born 2020-08-31 → 2026 − 2020 = 6 (birthday reached that day).
    expect(ageOnReference('2020-08-31', '2026-11-25')).toBe(6);
    expect(schoolStage('2020-08-31', '2026-11-25')).toBe('primary');
    // Born 2020-09-01 → 2026 − 2020 − 1 = 5 (birthday after 08-31).
    expect(ageOnReference('2020-09-01', '2026-11-25')).toBe(5);
    expect(schoolStage('2020-09-01', '2026-11-25')).toBeNull();
  });

  it('uses the same reference in spring', () => {
    expect(ageOnReference('2020-08-31', '2027-03-10')).toBe(6); // still reference 2026-08-31
    expect(ageOnReference('2020-09-01', '2027-03-10')).toBe(5);
  });

  it('upper bound 15 and the 11/12 primary–junior split', () => {
    // born 2010-09-01 → 2026 − 2010 − 1 = 15 → junior; born 2010-08-31 → 16 → out.
    expect(schoolStage('2010-09-01', '2026-11-25')).toBe('junior');
    expect(schoolStage('2010-08-31', '2026-11-25')).toBeNull();
    // born 2014-09-01 → 2026 − 2014 − 1 = 11 → primary; born 2014-08-31 → 12 → junior.
    expect(schoolStage('2014-09-01', '2026-11-25')).toBe('primary');
    expect(schoolStage('2014-08-31', '2026-11-25')).toBe('junior');
  });

  it('bounds are configurable', () => {
    const opts = { minAge: 7, maxAge: 15, primaryMaxAge: 12, referenceMonth: 8, referenceDay: 31 };
    expect(schoolStage('2020-08-31', '2026-11-25', opts)).toBeNull(); // 6 < 7
    expect(schoolStage('2014-08-31', '2026-11-25', opts)).toBe('primary'); // 12 ≤ 12
  });

  it('29 February birthdays and bad dates', () => {
    expect(ageOnReference('2016-02-29', '2026-11-25')).toBe(10); // 2026 − 2016, Feb is before Aug
    expect(() => ageOnReference('2016-02-30', '2026-11-25')).toThrow(RangeError);
  });
});
