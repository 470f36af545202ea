import type { Db } from '../../../db/client';
import { roundFindings, roundHazards } from '../../../db/repositories/gasLookBack';
import { lookBack, lookBackFateLabels } from '../../domain/gas/lookBack';
import { districtNames, isDistrictCode } from '../../domain/geo/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { LookBackQuery } from '../../routes/gas/schemas';
import { notFound } from '../../domain/shared/domainError';
import { haidongToday, readScope } from './gasActor';
import { resolveCampaign } from './resolveCampaign';

/**
 * 回头看 (东政办〔2023〕98号 §一(一) round 2): every hazard the first round found in the caller's
 * scope with its fate seen from the second round (domain lookBack), counted per group and district,
 * as table rows and as GeoJSON for the map filter. A campaign without a second round → 404.
 */
export async function lookBackReview(db: Db, user: SessionUser, { campaignId, ...filter }: LookBackQuery) {
  const scope = readScope(user);
  const today = haidongToday();
  const campaign = await resolveCampaign(db, campaignId, today);
  const [first, second] = [...campaign.rounds].sort((a, b) => a.no - b.no);
  if (!first || !second) throw notFound({ zh: '回头看轮次', en: 'Look-back round' });
  const hazards = await roundHazards(db, scope, campaign.id, first.no, filter);
  const found = await roundFindings(db, scope, campaign.id, second.no);
  const result = lookBack(hazards, found, today);
  const fateById = new Map(result.fates.map((f) => [f.id, f.fate]));
  return {
    campaignId: campaign.id,
    today,
    firstRound: first,
    secondRound: second,
    fateLabels: lookBackFateLabels,
    totals: result.totals,
    rows: result.rows.map((r) => ({ ...r, districtName: isDistrictCode(r.districtCode) ? districtNames[r.districtCode] : null })),
    type: 'FeatureCollection' as const,
    features: hazards.map((h) => ({
      type: 'Feature' as const,
      id: h.id,
      geometry: { type: 'Point' as const, coordinates: [Number(h.lon), Number(h.lat)] },
      properties: { id: h.id, venueId: h.venueId, venueName: h.venueName, groupNo: h.groupNo, districtCode: h.districtCode, category: h.category, severity: h.severity, status: h.status, deadline: h.deadline, fate: fateById.get(h.id)! },
    })),
  };
}
