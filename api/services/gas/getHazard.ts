import type { Db } from '../../../db/client';
import { photosOf } from '../../../db/repositories/gasHazardPhotos';
import { hazardById, transitionsOf } from '../../../db/repositories/gasHazards';
import { daysLeft, isOverdue, nextStatuses } from '../../domain/gas/hazardWorkflow';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { haidongToday, readScope, visibleHazard } from './gasActor';

/**
 * One hazard with its history and its photos (metadata; bytes at /api/gas/photos/:id); another
 * district's hazard is reported as absent (never the data).
 */
export async function getHazard(db: Db, user: SessionUser, id: number) {
  readScope(user);
  const h = visibleHazard(await hazardById(db, id), user);
  const today = haidongToday();
  return {
    ...h,
    outsideRound: h.campaignId === null,
    overdue: isOverdue(h, today),
    daysLeft: daysLeft(h.deadline, today),
    nextStatuses: nextStatuses(h.status),
    history: await transitionsOf(db, id),
    photos: await photosOf(db, id),
  };
}
