import type { Executor } from '../../../db/client';
import { distanceBySchool } from '../../../db/repositories/educationAnalyses';
import { defaultDistanceThresholds, type DistanceThresholds } from '../../domain/education/distanceFlag';
import { ageBandsFor } from './ageBands';

/** Home-to-school distance over the threshold, per school and township (counts only). */
export async function flagDistances(ex: Executor, asOf: string, overrides: Partial<DistanceThresholds>, county?: string) {
  const thresholds: DistanceThresholds = { ...defaultDistanceThresholds, ...overrides };
  const schools = await distanceBySchool(ex, ageBandsFor(asOf), thresholds, county);
  const townships = new Map<string, { townshipCode: string; countyCode: string; children: number; flagged: number }>();
  for (const s of schools) {
    const t = townships.get(s.townshipCode) ?? { townshipCode: s.townshipCode, countyCode: s.countyCode, children: 0, flagged: 0 };
    t.children += s.children;
    t.flagged += s.flagged;
    townships.set(s.townshipCode, t);
  }
  return {
    asOf,
    thresholds,
    reading: 'great-circle distance from home to the school of student registration; thresholds are a product setting',
    schools,
    townships: [...townships.values()].sort((a, b) => (a.townshipCode < b.townshipCode ? -1 : 1)).map((t) => ({ ...t, share: t.children > 0 ? Math.round((t.flagged / t.children) * 10_000) / 10_000 : null })),
  };
}
