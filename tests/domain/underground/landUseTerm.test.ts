import { describe, expect, it } from 'vitest';
import { landUseTerm, LandUseTermInputError } from '../../../api/domain/underground/landUseTerm';

describe('Art. 18 term of the underground right', () => {
  it.each([
    ['residential', 70, '2094-04-30'], // 2024-05-01 + 70 y − 1 day
    ['industrial', 50, '2074-04-30'],
    ['public_service', 50, '2074-04-30'], // education/science/culture/health/sports
    ['commercial', 40, '2064-04-30'], // commercial/tourism/entertainment
    ['parking', 50, '2074-04-30'], // "comprehensive or other"
    ['office', 50, '2074-04-30'],
  ] as const)('单建 %s → national maximum %i years, ends %s', (use, years, endDate) => {
    const t = landUseTerm({ kind: 'standalone', use, termStart: '2024-05-01' });
    expect(t).toMatchObject({ years, endDate, termStart: '2024-05-01', article: '东政办〔2023〕95号 第十八条' });
    expect(t.reason.zh).toContain('单建');
  });

  it('结建 with the same use as the surface: same term as the surface right', () => {
    const t = landUseTerm({ kind: 'combined', use: 'residential', termStart: '2020-07-01', surface: { use: 'residential', years: 70 } });
    expect(t).toMatchObject({ years: 70, endDate: '2090-06-30' }); // 2020-07-01 + 70 y − 1 day
    expect(t.reason.zh).toContain('一致');
  });

  it('结建 with another use: term of the approved use when shorter than the surface term', () => {
    // commercial 40 under a residential 70-year right → min(40, 70) = 40
    const t = landUseTerm({ kind: 'combined', use: 'commercial', termStart: '2020-07-01', surface: { use: 'residential', years: 70 } });
    expect(t).toMatchObject({ years: 40, endDate: '2060-06-30' });
  });

  it('结建 with another use: capped at the surface right when the use allows longer', () => {
    // parking ("other", 50) under a commercial 40-year right → min(50, 40) = 40
    const t = landUseTerm({ kind: 'combined', use: 'parking', termStart: '2021-03-15', surface: { use: 'commercial', years: 40 } });
    expect(t).toMatchObject({ years: 40, endDate: '2061-03-14' });
    expect(t.reason.zh).toContain('不超过地表使用权年限 40 年');
  });

  it('ends on 28 February when a 29 February start lands in a non-leap year', () => {
    // 2024-02-29 + 70 y → 2094-02-29 does not exist → 2094-03-01 − 1 day = 2094-02-28
    expect(landUseTerm({ kind: 'standalone', use: 'residential', termStart: '2024-02-29' }).endDate).toBe('2094-02-28');
    // 2024-02-29 + 40 y → 2064-02-29 (leap) − 1 day = 2064-02-28
    expect(landUseTerm({ kind: 'standalone', use: 'commercial', termStart: '2024-02-29' }).endDate).toBe('2064-02-28');
  });

  it('needs the surface right for 结建 and a real start date', () => {
    expect(() => landUseTerm({ kind: 'combined', use: 'commercial', termStart: '2024-01-01' })).toThrow(LandUseTermInputError);
    expect(() => landUseTerm({ kind: 'standalone', use: 'commercial', termStart: '2024-02-30' })).toThrow(LandUseTermInputError);
    expect(() =>
      landUseTerm({ kind: 'combined', use: 'commercial', termStart: '2024-01-01', surface: { use: 'residential', years: 0 } }),
    ).toThrow(LandUseTermInputError);
  });
});
