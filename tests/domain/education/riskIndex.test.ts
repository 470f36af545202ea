// Dropout-risk index: hand-computed scores with weights risk-2026-1, and properties (the score is
// the sum of its listed parts; adding a risk never lowers the score).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { riskScore, riskWeightSets, weightsFor, type RiskInput } from '../../../api/domain/education/riskIndex';

const w = riskWeightSets[0]!;
const none: RiskInput = { unexcusedAbsences: 0, poverty: false, disabled: false, leftBehind: false, migrant: false, transition: false, distanceKm: null };

describe('riskScore (weights risk-2026-1)', () => {
  it('no factor: 0, low, no parts', () => {
    expect(riskScore(none, w)).toEqual({ weightsId: 'risk-2026-1', score: 0, level: 'low', parts: [] });
  });

  it('4 absences (20) + left-behind (8) = 28 → medium; each part explained', () => {
    const r = riskScore({ ...none, unexcusedAbsences: 4, leftBehind: true }, w);
    expect(r.score).toBe(28);
    expect(r.level).toBe('medium');
    expect(r.parts.map((p) => `${p.factor}:${p.points}`)).toEqual(['absences:20', 'left_behind:8']);
    expect(r.parts[0]!.detail.zh).toContain('4 天 × 5');
  });

  it('10 absences capped at 40 → high; 5.5 km → (5.5 − 3) × 2 = 5; transition 10', () => {
    const r = riskScore({ ...none, unexcusedAbsences: 10, distanceKm: 5.5, transition: true }, w);
    expect(r.parts.map((p) => `${p.factor}:${p.points}`)).toEqual(['absences:40', 'transition:10', 'distance:5']);
    expect(r).toMatchObject({ score: 55, level: 'high' });
  });

  it('orphan and prisoner’s child count only when known', () => {
    expect(riskScore({ ...none, orphan: true, prisonerChild: true }, w).score).toBe(18);
    expect(riskScore({ ...none, orphan: undefined }, w).score).toBe(0);
  });

  it('the weights in force are chosen by date', () => {
    expect(weightsFor('2026-06-01').id).toBe('risk-2026-1');
  });
});

const input = fc.record({
  unexcusedAbsences: fc.integer({ min: 0, max: 60 }),
  poverty: fc.boolean(),
  disabled: fc.boolean(),
  leftBehind: fc.boolean(),
  migrant: fc.boolean(),
  orphan: fc.option(fc.boolean(), { nil: undefined }),
  prisonerChild: fc.option(fc.boolean(), { nil: undefined }),
  transition: fc.boolean(),
  distanceKm: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: null }),
});

describe('risk properties', () => {
  test.prop([input])('the score is the sum of its parts and the level follows the thresholds', (i) => {
    const r = riskScore(i, w);
    expect(r.score).toBeCloseTo(r.parts.reduce((s, p) => s + p.points, 0), 6);
    expect(r.level).toBe(r.score >= w.thresholds.high ? 'high' : r.score >= w.thresholds.medium ? 'medium' : 'low');
  });
  test.prop([input])('one more absence never lowers the score', (i) => {
    expect(riskScore({ ...i, unexcusedAbsences: i.unexcusedAbsences + 1 }, w).score).toBeGreaterThanOrEqual(riskScore(i, w).score);
  });
});
