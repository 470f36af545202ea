import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { roundContaining } from '../../../db/repositories/gasCampaigns';
import { venueById } from '../../../db/repositories/gasVenues';
import { insertVisits } from '../../../db/repositories/gasVisits';
import { canWrite, groupForDistrict } from '../../domain/gas/accessScope';
import { roundRule } from '../../domain/gas/campaigns';
import { judgeOnSite, onSiteRuleOn } from '../../domain/gas/onSiteRules';
import { isDistrictCode } from '../../domain/geo/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { VisitInput } from '../../routes/gas/schemas';
import { invalid, notFound } from '../../domain/shared/domainError';
import { gasActor, haidongToday, readScope } from './gasActor';

/**
 * Records a visit (§一(三) "四不两直") in the venue's stored district on any day up to today. The
 * round follows from the day (roundRule); a day outside every round is kept as "outside a round".
 * The device position, when sent, is judged against the on-site rule in force that day
 * (onSiteRules): too far or no position flags the visit for review, never refuses it.
 */
export async function recordVisit(db: Db, user: SessionUser, input: VisitInput) {
  readScope(user);
  const today = haidongToday();
  const visitedOn = input.visitedOn ?? today;
  if (visitedOn > today) throw invalid('visit_in_future', { zh: '督查日期不能晚于今天，请选择今天或之前的日期', en: 'The visit day cannot be after today; choose today or an earlier day' }, 'visitedOn');
  return db.transaction(async (tx) => {
    const venue = await venueById(tx, input.venueId);
    if (!venue || !isDistrictCode(venue.districtCode)) throw notFound({ zh: '场所', en: 'Venue' });
    // Another district's venue is answered as absent, like a missing id (ids are no oracle).
    if (!canWrite(gasActor(user), venue.districtCode)) throw notFound({ zh: '场所', en: 'Venue' });
    const round = await roundContaining(tx, visitedOn);
    const onSite = judgeOnSite(venue, input.position, onSiteRuleOn(visitedOn));
    const groupNo = user.role === 'inspector' ? user.groupNo! : (input.groupNo ?? groupForDistrict(venue.districtCode).no);
    const [id] = await insertVisits(tx, [
      {
        venueId: venue.id,
        districtCode: venue.districtCode,
        groupNo,
        campaignId: round?.campaignId ?? null,
        roundNo: round?.roundNo ?? null,
        visitedOn,
        positionLon: input.position?.lon ?? null,
        positionLat: input.position?.lat ?? null,
        positionAccuracyM: input.position?.accuracy ?? null,
        distanceM: onSite.distanceM,
        onSite: onSite.onSite,
        onSiteRule: onSite.rule,
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
      detail: { venueId: venue.id, district: venue.districtCode, campaignId: round?.campaignId ?? null, roundNo: round?.roundNo ?? null, onSite: onSite.onSite },
    });
    return {
      id: id!,
      venueId: venue.id,
      districtCode: venue.districtCode,
      groupNo,
      visitedOn,
      campaignId: round?.campaignId ?? null,
      roundNo: round?.roundNo ?? null,
      outsideRound: !round,
      roundRule,
      onSite: onSite.onSite,
      distanceM: onSite.distanceM,
      onSiteRule: onSite.rule,
    };
  });
}
