import { scopeFilter, type Scope } from '../../domain/gas/accessScope';
import { chinaDate } from '../../domain/shared/calendarDate';
import type { Actor } from '../../domain/gas/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { forbidden } from '../../domain/shared/domainError';

export const gasActor = (user: SessionUser): Actor => ({ role: user.role, groupNo: user.groupNo });

/** The districts the user may read; planners, education staff and group-less users get 403. */
export function readScope(user: SessionUser): Scope {
  const scope = scopeFilter(gasActor(user));
  if ('none' in scope) throw forbidden();
  return scope;
}

/** Today on the Haidong wall calendar; deadlines and overdue are calendar days (api/domain/shared/calendarDate.ts). */
export const haidongToday = (): string => chinaDate(new Date());
