import { FieldError } from '../shared/domainError';
import { countyCodes } from '../geo/vocabulary';
import type { Role } from './roles';

/**
 * What an account's role requires (issue 14), pure: an inspector belongs to one inspection group
 * (东政办〔2023〕98号 §二: 1–7 area groups, 8 comprehensive, 9 covert); an education user may be
 * bound to one county (GB/T 2260 code) or to the whole city (null); no other role carries either.
 */
export interface Assignment {
  role: Role;
  groupNo: number | null;
  countyCode: string | null;
}

export function checkAssignment(a: Assignment): void {
  if (a.role === 'inspector') {
    if (a.groupNo === null || !Number.isInteger(a.groupNo) || a.groupNo < 1 || a.groupNo > 9)
      throw new FieldError('groupNo', { zh: '督查人员须属于 1–9 组之一', en: 'an inspector needs an inspection group 1–9' });
  } else if (a.groupNo !== null) {
    throw new FieldError('groupNo', { zh: '只有督查人员属于督查组', en: 'only an inspector belongs to an inspection group' });
  }
  if (a.countyCode !== null) {
    if (a.role !== 'education') throw new FieldError('countyCode', { zh: '只有教育部门账号绑定县区', en: 'only an education account is bound to a county' });
    if (!(countyCodes as readonly string[]).includes(a.countyCode))
      throw new FieldError('countyCode', { zh: `应为海东市的县区代码：${countyCodes.join(', ')}`, en: `must be a county of Haidong: ${countyCodes.join(', ')}` });
  }
}
