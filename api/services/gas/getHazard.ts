import type { Db } from '../../../db/client';
import { hazardById, transitionsOf } from '../../../db/repositories/gasHazards';
import { canRead } from '../../domain/gas/accessScope';
import { isDistrictCode } from '../../domain/geo/vocabulary';
import { daysLeft, isOverdue, nextStatuses } from '../../domain/gas/hazardWorkflow';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { notFound } from '../../domain/shared/domainError';
import { gasActor, haidongToday, readScope } from './gasActor';

export const hazardNotFound = () => notFound({ zh: '隐患', en: 'Hazard' });

/** One hazard with its history; another district's hazard is reported as absent (never the data). */
export async function getHazard(db: Db, user: SessionUser, id: number) {
  readScope(user);
  const h = await hazardById(db, id);
  if (!h || !isDistrictCode(h.districtCode) || !canRead(gasActor(user), h.districtCode)) throw hazardNotFound();
  const today = haidongToday();
  return {
    ...h,
    overdue: isOverdue(h, today),
    daysLeft: daysLeft(h.deadline, today),
    nextStatuses: nextStatuses(h.status),
    history: await transitionsOf(db, id),
  };
}
