import type { Db } from '../../../db/client';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { analysisCountyOf } from '../../domain/education/educationScope';
import { riskLevels, type RiskLevel } from '../../domain/education/riskIndex';
import { smallCountGuard } from '../../domain/education/smallCounts';
import type { RiskSummaryQuery } from '../../routes/education/schemas';
import { defaultAsOf } from './defaultAsOf';
import { riskScores } from './riskScores';

/**
 * Officials see aggregates only: children per risk level and township (no individual rows), a
 * count below the threshold withheld (issue 14). A county-bound user sums its own county only.
 */
export async function riskSummary(db: Db, user: SessionUser, q: RiskSummaryQuery, threshold: number) {
  const county = analysisCountyOf(user, q.county)!;
  const asOf = await defaultAsOf(db, q.asOf);
  const { weights, scored } = await riskScores(db, county, asOf);
  const byTownship = new Map<string, Record<RiskLevel, number>>();
  for (const { row, score } of scored) {
    const t = byTownship.get(row.townshipCode) ?? { low: 0, medium: 0, high: 0 };
    t[score.level]++;
    byTownship.set(row.townshipCode, t);
  }
  const g = smallCountGuard(user.role, threshold);
  const levelCounts = (counts: Record<RiskLevel, number>) => Object.fromEntries(riskLevels.map((l) => [l, g.count(counts[l])])) as Record<RiskLevel, number | null>;
  const total = levelCounts(Object.fromEntries(riskLevels.map((l) => [l, scored.filter((s) => s.score.level === l).length])) as Record<RiskLevel, number>);
  const townships = [...byTownship].sort(([a], [b]) => (a < b ? -1 : 1)).map(([townshipCode, counts]) => ({ townshipCode, ...levelCounts(counts) }));
  return { county, asOf, weights: { id: weights.id, thresholds: weights.thresholds }, suppression: g.report(), total, townships };
}
