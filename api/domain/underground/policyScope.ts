import type { Bilingual } from '../shared/bilingual';
import type { CountyCode } from '../geo/vocabulary';

// 东政办〔2023〕95号 Art. 2: the rules govern state-owned land of the central city — 乐都区, 平安区
// and 河湟新区 (which lies within them); Art. 33: the other four counties "may refer" to them, so
// their parcels are quoted the same way but marked "reference only". No I/O.
export const centralCityCounties: readonly CountyCode[] = ['630202', '630203'];

export function isCentralCity(countyCode: string): boolean {
  return (centralCityCounties as readonly string[]).includes(countyCode);
}

/** Which of Art. 2 / Art. 33 applies to a parcel of this county, as the parcel detail says it. */
export function policyScopeNote(countyCode: string): Bilingual {
  return isCentralCity(countyCode)
    ? { zh: '中心城区，适用东政办〔2023〕95号（第二条）', en: 'Central city: Dongzhengban [2023] No. 95 applies (Art. 2)' }
    : { zh: '中心城区以外，参照执行，仅供参考（第三十三条）', en: 'Outside the central city: reference only (Art. 33)' };
}
