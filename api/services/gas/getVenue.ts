import type { Db } from '../../../db/client';
import { openVenueHazards, venueFacts } from '../../../db/repositories/gasVenueFacts';
import { safetyCheckDue } from '../../domain/gas/safetyCheckDue';
import { notFound } from '../../domain/shared/domainError';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { haidongToday, readScope } from './gasActor';

/**
 * A venue's page: type, address, pipeline-user kind, last visit, the last door-to-door check and
 * when the next is due (东政办〔2023〕98号 §三(二), the rule set in force today), and its open
 * hazards. Another district's venue is answered like a missing one (404).
 */
export async function getVenue(db: Db, user: SessionUser, id: number) {
  const venue = await venueFacts(db, readScope(user), id);
  if (!venue) throw notFound({ zh: '场所', en: 'Venue' });
  const today = haidongToday();
  const check = safetyCheckDue({ pipelineUserKind: venue.pipelineUserKind, lastCheckOn: venue.lastSafetyCheckOn }, today);
  return {
    ...venue,
    safetyCheck: { dueDate: check.dueDate, due: check.due, overdue: check.overdue, intervalYears: check.intervalYears },
    openHazards: await openVenueHazards(db, venue.id),
  };
}
