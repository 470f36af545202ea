import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { roundContaining } from '../../../db/repositories/gasCampaigns';
import { venueById } from '../../../db/repositories/gasVenues';
import { insertVisits } from '../../../db/repositories/gasVisits';
import { canWrite, groupForDistrict } from '../../domain/gas/accessScope';
import { isDistrictCode } from '../../domain/geo/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { VisitInput } from '../../routes/gas/schemas';
import { invalid, notFound } from '../../domain/shared/domainError';
import { gasActor, haidongToday, readScope } from './gasActor';

/** Records a visit (§一(三) "四不两直") in the venue's stored district; the round follows from the day. */
export async function recordVisit(db: Db, user: SessionUser, input: VisitInput) {
  readScope(user);
  const today = haidongToday();
  const visitedOn = input.visitedOn ?? today;
  if (visitedOn > today) throw invalid('visit_in_future', { zh: '督查日期不能晚于今天', en: 'The visit day cannot be after today' }, 'visitedOn');
  return db.transaction(async (tx) => {
    const venue = await venueById(tx, input.venueId);
    if (!venue || !isDistrictCode(venue.districtCode)) throw notFound({ zh: '场所', en: 'Venue' });
    // Another district's venue is answered as absent, like a missing id (ids are no oracle).
    if (!canWrite(gasActor(user), venue.districtCode)) throw notFound({ zh: '场所', en: 'Venue' });
    const round = await roundContaining(tx, visitedOn);
    if (!round) {
      throw invalid('outside_rounds', { zh: `${visitedOn} 不在任何督查轮次内`, en: `${visitedOn} is not within any campaign round` }, 'visitedOn');
    }
    const groupNo = user.role === 'inspector' ? user.groupNo! : (input.groupNo ?? groupForDistrict(venue.districtCode).no);
    const [id] = await insertVisits(tx, [
      {
        venueId: venue.id,
        districtCode: venue.districtCode,
        groupNo,
        campaignId: round.campaignId,
        roundNo: round.roundNo,
        visitedOn,
        targetKind: 'enterprise',
        inspectors: input.inspectors,
        note: input.note ?? null,
        createdBy: user.username,
      },
    ]);
    await appendAudit(tx, {
      actor: user.username,
      role: user.role,
      action: 'gas.visit.create',
      objectType: 'gas_visit',
      objectId: id,
      result: 'ok',
      detail: { venueId: venue.id, district: venue.districtCode, ...round },
    });
    return { id: id!, venueId: venue.id, districtCode: venue.districtCode, groupNo, visitedOn, ...round };
  });
}
