import type { Db } from '../../../db/client';
import { riskLevels, type RiskLevel } from '../../domain/education/riskIndex';
import type { RiskSummaryQuery } from '../../routes/education/schemas';
import { defaultAsOf } from './defaultAsOf';
import { riskScores } from './riskScores';

/** Officials see aggregates only: children per risk level and township (no individual rows). */
export async function riskSummary(db: Db, q: RiskSummaryQuery) {
  const asOf = await defaultAsOf(db, q.asOf);
  const { weights, scored } = await riskScores(db, q.county, asOf);
  const byTownship = new Map<string, Record<RiskLevel, number>>();
  for (const { row, score } of scored) {
    const t = byTownship.get(row.townshipCode) ?? { low: 0, medium: 0, high: 0 };
    t[score.level]++;
    byTownship.set(row.townshipCode, t);
  }
  const total = Object.fromEntries(riskLevels.map((l) => [l, scored.filter((s) => s.score.level === l).length])) as Record<RiskLevel, number>;
  return {
    county: q.county,
    asOf,
    weights: { id: weights.id, thresholds: weights.thresholds },
    total,
    townships: [...byTownship].sort(([a], [b]) => (a < b ? -1 : 1)).map(([townshipCode, counts]) => ({ townshipCode, ...counts })),
  };
}
