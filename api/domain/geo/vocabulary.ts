// The geography vocabulary of the whole product (API, generators, web): Haidong's six counties
// (GB/T 2260 codes and names, shared/data/haidong-counties.csv) and the seven districts — the
// counties plus the 海东工业园区, which 东政办〔2023〕98号 §二(一) gives its own area group (7).
// The park has no GB/T 2260 county code, so the product names it 'park', the code of its row in
// the districts table (db/schema/geo.ts). No I/O.
import type { Bilingual } from '../shared/bilingual';

export const cityCode = '6302';
export const cityName: Bilingual = { zh: '海东市', en: 'Haidong' };

export const countyCodes = ['630202', '630203', '630222', '630223', '630224', '630225'] as const;
export type CountyCode = (typeof countyCodes)[number];

/** Short names as used on maps and in lists; `official` is the full name of the division. */
export const countyNames: Record<CountyCode, Bilingual & { official: string }> = {
  '630202': { zh: '乐都区', en: 'Ledu District', official: '乐都区' },
  '630203': { zh: '平安区', en: "Ping'an District", official: '平安区' },
  '630222': { zh: '民和县', en: 'Minhe County', official: '民和回族土族自治县' },
  '630223': { zh: '互助县', en: 'Huzhu County', official: '互助土族自治县' },
  '630224': { zh: '化隆县', en: 'Hualong County', official: '化隆回族自治县' },
  '630225': { zh: '循化县', en: 'Xunhua County', official: '循化撒拉族自治县' },
};

export const parkDistrictCode = 'park';

export const districtCodes = [...countyCodes, parkDistrictCode] as const;
export type DistrictCode = (typeof districtCodes)[number];

export const districtNames: Record<DistrictCode, Bilingual> = {
  ...countyNames,
  park: { zh: '海东工业园区', en: 'Haidong Industrial Park' },
};

// The park's units listed among the townships (shared/data/haidong-townships.csv, codes …400):
// a venue whose township is one of these lies in the park, whatever county holds it.
export const parkTownshipCodes = ['630202400', '630203400', '630223400'] as const;

export function isCountyCode(code: string): code is CountyCode {
  return (countyCodes as readonly string[]).includes(code);
}

export function isDistrictCode(code: string): code is DistrictCode {
  return (districtCodes as readonly string[]).includes(code);
}

export function isParkTownship(townshipCode: string): boolean {
  return (parkTownshipCodes as readonly string[]).includes(townshipCode);
}
