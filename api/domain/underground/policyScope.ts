import type { CountyCode } from '../geo/vocabulary';

// 东政办〔2023〕95号 Art. 2: the rules govern state-owned land of the central city — 乐都区, 平安区
// and 河湟新区 (which lies within them); Art. 33: the other four counties "may refer" to them, so
// their parcels are quoted the same way but marked "reference only". No I/O.
export const centralCityCounties: readonly CountyCode[] = ['630202', '630203'];

export function isCentralCity(countyCode: string): boolean {
  return (centralCityCounties as readonly string[]).includes(countyCode);
}
