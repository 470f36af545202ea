import { canRead, scopeFilter, type Scope } from '../../domain/gas/accessScope';
import { groupByNo } from '../../domain/gas/inspectionGroups';
import { isDistrictCode } from '../../domain/geo/vocabulary';
import { chinaDate } from '../../domain/shared/calendarDate';
import type { Actor } from '../../domain/gas/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { forbidden, notFound } from '../../domain/shared/domainError';

export const gasActor = (user: SessionUser): Actor => ({ role: user.role, groupNo: user.groupNo });

/** The districts the user may read; planners, education staff and group-less users get 403. */
export function readScope(user: SessionUser): Scope {
  const scope = scopeFilter(gasActor(user));
  if ('none' in scope) throw forbidden();
  return scope;
}

/** Today on the Haidong wall calendar; deadlines and overdue are calendar days (api/domain/shared/calendarDate.ts). */
export const haidongToday = (): string => chinaDate(new Date());

/**
 * The hazard, when the user may read it. A missing hazard and another district's are answered
 * alike (404): ids are no oracle for what exists elsewhere.
 */
export function visibleHazard<H extends { districtCode: string }>(h: H | undefined, user: SessionUser): H {
  if (!h || !isDistrictCode(h.districtCode) || !canRead(gasActor(user), h.districtCode)) throw notFound({ zh: '隐患', en: 'Hazard' });
  return h;
}

/**
 * Officials and admins open every group's report; an inspector only the own group's. Another
 * group's report is answered as absent (404), the gas API's one denial for out-of-scope objects.
 */
export function assertReportAccess(user: SessionUser, groupNo: number): void {
  readScope(user);
  if (!groupByNo(groupNo) || (user.role === 'inspector' && user.groupNo !== groupNo)) throw notFound({ zh: '督查组报告', en: 'Inspection group report' });
}
