// The seven inspection districts of the gas campaign: the six counties of Haidong (GB/T 2260
// codes, shared/data/haidong-counties.csv) plus the 海东工业园区, which 东政办〔2023〕98号 §二(一)
// gives its own area group (7). The park has no GB/T 2260 county code, so the product names it
// 'park', the code of its row in the districts table (db/schema/geo.ts). No I/O.
import type { Bilingual } from '../shared/bilingual';

export const countyCodes = ['630202', '630203', '630222', '630223', '630224', '630225'] as const;
export type CountyCode = (typeof countyCodes)[number];

export const parkDistrictCode = 'park';

export const districtCodes = [...countyCodes, parkDistrictCode] as const;
export type DistrictCode = (typeof districtCodes)[number];

export const districtNames: Record<DistrictCode, Bilingual> = {
  '630202': { zh: '乐都区', en: 'Ledu District' },
  '630203': { zh: '平安区', en: "Ping'an District" },
  '630222': { zh: '民和县', en: 'Minhe County' },
  '630223': { zh: '互助县', en: 'Huzhu County' },
  '630224': { zh: '化隆县', en: 'Hualong County' },
  '630225': { zh: '循化县', en: 'Xunhua County' },
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
