import { describe, expect, it } from 'vitest';
import { routeCase } from '../../../api/domain/education/caseRouting';

describe('routeCase — 东政办〔2023〕101号 Art. 16', () => {
  // Art. 15 "非本地户籍的学生由县区教育局向户籍地教育行政部门发函告知辍学情况": the letter is due even when
  // the child is present (issue 13: the old answer, nobody notified, was wrong).
  it('non-local child in the registration county: that county keeps the case and writes to the household county', () => {
    expect(routeCase({ studentCountyCode: '630202', householdCountyCode: '630223', residentCountyCode: '630202', openedOn: '2026-03-02' })).toEqual({
      responsibleCounty: '630202',
      notifyCounty: '630223',
      rule: 'present_in_registration_county',
      article: '东政办〔2023〕101号 第十六条',
      letter: { to: '630223', dueDate: '2026-03-07', article: '东政办〔2023〕101号 第十五条', fallback: expect.objectContaining({ en: expect.stringContaining('5 days') }) },
    });
  });

  it('local child in the registration county: nobody notified, no letter', () => {
    expect(routeCase({ studentCountyCode: '630202', householdCountyCode: '630202', residentCountyCode: '630202' })).toMatchObject({ notifyCounty: null, letter: null });
  });

  it('whereabouts unknown, non-local: the registration county keeps the case and still writes', () => {
    expect(routeCase({ studentCountyCode: '630202', householdCountyCode: '630224' })).toMatchObject({
      responsibleCounty: '630202',
      notifyCounty: '630224',
      letter: { to: '630224', dueDate: null },
    });
  });

  it('child elsewhere: registration county notifies the household county, which takes the case', () => {
    expect(routeCase({ studentCountyCode: '630202', householdCountyCode: '630223', residentCountyCode: '640502' })).toMatchObject({
      responsibleCounty: '630223',
      notifyCounty: '630223',
      rule: 'absent_from_registration_county',
    });
  });

  it('registration and household county are the same: no letter needed', () => {
    expect(routeCase({ studentCountyCode: '630202', householdCountyCode: '630202', residentCountyCode: '640502' })).toMatchObject({
      responsibleCounty: '630202',
      notifyCounty: null,
    });
  });

  it('never enrolled: household county', () => {
    expect(routeCase({ householdCountyCode: '630225', residentCountyCode: '630202' })).toMatchObject({
      responsibleCounty: '630225',
      notifyCounty: null,
      rule: 'never_enrolled_household_county',
    });
  });

  it('whereabouts unknown: registration county keeps the case', () => {
    expect(routeCase({ studentCountyCode: '630203', householdCountyCode: '630224' })).toMatchObject({
      responsibleCounty: '630203',
      rule: 'whereabouts_unknown_registration_county',
    });
  });
});
