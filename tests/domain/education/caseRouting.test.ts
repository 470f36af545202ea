import { describe, expect, it } from 'vitest';
import { routeCase } from '../../../api/domain/education/caseRouting';

describe('routeCase — 东政办〔2023〕101号 Art. 16', () => {
  it('child in the registration county: that county, nobody notified', () => {
    expect(routeCase({ studentCountyCode: '630202', householdCountyCode: '630223', residentCountyCode: '630202' })).toEqual({
      responsibleCounty: '630202',
      notifyCounty: null,
      rule: 'present_in_registration_county',
      article: '东政办〔2023〕101号 第十六条',
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
