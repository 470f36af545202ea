import type { Executor } from '../../../db/client';
import { riskInputs } from '../../../db/repositories/educationAnalyses';
import { riskScore, weightsFor, type RiskScore } from '../../domain/education/riskIndex';
import { addDays } from '../../domain/shared/calendarDate';
import { ageBandsFor } from './ageBands';

// Scores of a county's school-age children, read inside a verb (listRisk, riskSummary). Not a verb.

export async function riskScores(ex: Executor, county: string, asOf: string) {
  const weights = weightsFor(asOf);
  const bands = ageBandsFor(asOf);
  const rows = await riskInputs(ex, bands, county, addDays(asOf, -weights.absenceWindowDays), asOf);
  const scored = rows.map((r) => ({
    row: r,
    score: riskScore(
      {
        unexcusedAbsences: r.absences,
        poverty: r.povertyAlleviated,
        disabled: r.disabled,
        leftBehind: r.leftBehind,
        migrant: r.migrant,
        // The first junior-middle year is the year of the grade 6 → 7 move (六三学制).
        transition: r.age === bands.primaryMaxAge + 1,
        distanceKm: r.meters === null ? null : r.meters / 1000,
      },
      weights,
    ),
  }));
  return { weights, scored };
}

export type ScoredChild = { row: Awaited<ReturnType<typeof riskInputs>>[number]; score: RiskScore };
