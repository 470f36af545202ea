// Issue 13 fixes in the underground rules, each beside the seed line it follows (东政办〔2023〕95号).
import { describe, expect, it } from 'vitest';
import { feePolicies } from '../../../api/domain/underground/feePolicies';
import { feeQuote } from '../../../api/domain/underground/feeQuote';
import { landUseTerm } from '../../../api/domain/underground/landUseTerm';
import { registrationFlags } from '../../../api/domain/underground/registrationFlags';

const layer = { topDepth: 0, bottomDepth: 4, netHeight: 3.8, area: 1000 };
const quote = (supply: string, use: string, surfaceAllocated = false) =>
  feeQuote({ supply, use, surfaceAllocated, publicParking: false, surfaceUnitPrice: 2000, date: '2024-06-01', layers: [layer] } as never, feePolicies, '2024-06-01');

describe('Art. 15 ¶1 "属平战结合具有经营性质的地下空间建设用地使用权租赁，实行申报备案制"', () => {
  it('lease of civil-air-defence space: rent, no transfer fee', () => {
    const q = quote('lease', 'civil_air_defence');
    expect(q).toMatchObject({ regime: 'lease', rent: true, total: 0 });
  });

  it('lease for any other use is refused on the supply field, citing the article', () => {
    expect(() => quote('lease', 'commercial')).toThrow(expect.objectContaining({ field: 'supply', reason: 'lease_only_civil_air_defence' }));
    try {
      quote('lease', 'office');
    } catch (e) {
      expect((e as { text: { zh: string } }).text.zh).toContain('第十五条第一款');
    }
  });
});

describe('Art. 15 ¶1 "涉及国防、人防、防灾、基础设施和公共服务设施…不再另行收取…划拨权益价款"', () => {
  it.each(['national_defence', 'disaster_prevention'])('%s on allocated land is exempt', (use) => {
    expect(quote('allocation', use, true)).toMatchObject({ regime: 'exempt', total: 0 });
  });
});

describe('Art. 18 term of 办公: a policy setting shown in the output', () => {
  it('the shipped reading is "other" (50 years) and says so; the commercial reading gives 40', () => {
    const other = landUseTerm({ kind: 'standalone', use: 'office', termStart: '2024-05-01' });
    expect(other).toMatchObject({ years: 50, officeReading: 'other_50' });
    expect(other.reason.en).toContain('policy setting');
    const commercial = landUseTerm({ kind: 'standalone', use: 'office', termStart: '2024-05-01', officeReading: 'commercial_40' });
    expect(commercial).toMatchObject({ years: 40, endDate: '2064-04-30', officeReading: 'commercial_40' });
    expect(landUseTerm({ kind: 'standalone', use: 'residential', termStart: '2024-05-01' }).officeReading).toBeNull();
  });
});

describe('Art. 25 "属于人民防空工程的…不得转让和抵押"; Art. 26 "公共停车场（库）…不得进行分割登记和分割转让"', () => {
  const base = { status: 'registered' as const, use: 'commercial' as const, civilAirDefence: false, publicParking: false };
  it('flags on registered parcels only', () => {
    expect(registrationFlags({ ...base, civilAirDefence: true }).map((f) => f.code)).toEqual(['civil_air_defence_no_transfer_or_mortgage']);
    expect(registrationFlags({ ...base, use: 'civil_air_defence', publicParking: true }).map((f) => f.code)).toEqual([
      'civil_air_defence_no_transfer_or_mortgage',
      'public_parking_no_split',
    ]);
    expect(registrationFlags({ ...base, status: 'approved', civilAirDefence: true, publicParking: true })).toEqual([]);
    expect(registrationFlags(base)).toEqual([]);
  });
});
