import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { roundContaining } from '../../../db/repositories/gasCampaigns';
import { insertHazard, insertTransitions } from '../../../db/repositories/gasHazards';
import { venueById } from '../../../db/repositories/gasVenues';
import { canWrite, groupForDistrict } from '../../domain/gas/accessScope';
import { roundRule } from '../../domain/gas/campaigns';
import { judgeOnSite, onSiteRuleOn } from '../../domain/gas/onSiteRules';
import { isDistrictCode } from '../../domain/geo/vocabulary';
import { validateDeadline } from '../../domain/gas/hazardWorkflow';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { HazardInput } from '../../routes/gas/schemas';
import { invalid, notFound } from '../../domain/shared/domainError';
import { invalidateClusters } from './clusterCache';
import { invalidateTiles } from '../geo/tileCache';
import { gasActor, haidongToday, readScope } from './gasActor';

/**
 * Records a hazard at a venue. The district is the venue's stored one (decided from its location),
 * never a client field; a venue outside the user's districts → 404. Any day up to today: the round
 * follows from it (roundRule), outside every round the hazard is kept as "outside a round". The
 * device position is judged like a visit's (onSiteRules, the rule in force on the day found): too
 * far or none flags the hazard for the official's review, never refuses it. Found + history +
 * audit commit together or not at all.
 */
export async function recordHazard(db: Db, user: SessionUser, input: HazardInput) {
  readScope(user);
  const today = haidongToday();
  const foundAt = input.foundAt ?? today;
  if (foundAt > today) {
    throw invalid('found_in_future', { zh: '发现日期不能晚于今天', en: 'The day found cannot be after today' }, 'foundAt');
  }
  const deadline = validateDeadline(foundAt, input.deadline);
  if (!deadline.ok) {
    throw invalid(deadline.code, deadline.reason, 'deadline');
  }
  const created = await db.transaction(async (tx) => {
    const venue = await venueById(tx, input.venueId);
    if (!venue || !isDistrictCode(venue.districtCode)) throw notFound({ zh: '场所', en: 'Venue' });
    const actor = gasActor(user);
    // Another district's venue is answered as absent, like a missing id (ids are no oracle).
    if (!canWrite(actor, venue.districtCode)) throw notFound({ zh: '场所', en: 'Venue' });
    // Inspectors record for their own group; officials default to the district's area group.
    const groupNo = user.role === 'inspector' ? user.groupNo! : (input.groupNo ?? groupForDistrict(venue.districtCode).no);
    const round = await roundContaining(tx, foundAt);
    const onSite = judgeOnSite(venue, input.position, onSiteRuleOn(foundAt));
    const id = await insertHazard(tx, {
      venueId: venue.id,
      districtCode: venue.districtCode,
      countyCode: venue.countyCode,
      venueType: venue.venueType,
      groupNo,
      campaignId: round?.campaignId ?? null,
      roundNo: round?.roundNo ?? null,
      category: input.category,
      description: input.description,
      severity: input.severity,
      status: 'found',
      responsibleUnit: input.responsibleUnit,
      responsiblePerson: input.responsiblePerson,
      measures: input.measures,
      rectificationRequirement: input.rectificationRequirement || null,
      foundOn: foundAt,
      deadline: input.deadline,
      interimMeasures: input.interimMeasures ?? null,
      enforcementOutcome: input.enforcementOutcome ?? null,
      fineYuan: input.fineYuan ?? 0,
      geom: { type: 'Point', coordinates: [venue.lon, venue.lat] },
      positionLon: input.position?.lon ?? null,
      positionLat: input.position?.lat ?? null,
      positionAccuracyM: input.position?.accuracy ?? null,
      distanceM: onSite.distanceM,
      onSite: onSite.onSite,
      onSiteRule: onSite.rule,
      createdBy: user.username,
    });
    await insertTransitions(tx, [{ hazardId: id, fromStatus: null, toStatus: 'found', actor: user.username, role: user.role, note: null }]);
    await appendAudit(tx, {
      actor: user.username,
      role: user.role,
      action: 'gas.hazard.create',
      objectType: 'gas_hazard',
      objectId: id,
      result: 'ok',
      detail: { venueId: venue.id, district: venue.districtCode, severity: input.severity, category: input.category, onSite: onSite.onSite },
    });
    return { id, districtCode: venue.districtCode, groupNo, campaignId: round?.campaignId ?? null, roundNo: round?.roundNo ?? null, outsideRound: !round, roundRule, onSite: onSite.onSite, distanceM: onSite.distanceM, onSiteRule: onSite.rule };
  });
  invalidateClusters(db, 'hazards');
  invalidateTiles(db, 'hazards');
  return created;
}
