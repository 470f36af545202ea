import { describe, expect, it } from 'vitest';
import { validatePlacement } from '../../../api/domain/education/placement';

const codes = (r: ReturnType<typeof validatePlacement>) => r.issues.map((i) => i.code);

describe('validatePlacement (海东 Art. 17, 18; 临沧 §三)', () => {
  it('regular and separate classes need only school age', () => {
    expect(validatePlacement({ age: 9 }, { kind: 'regular_class' })).toEqual({ ok: true, issues: [] });
    expect(validatePlacement({ age: 14 }, { kind: 'separate_class' }).ok).toBe(true);
    expect(codes(validatePlacement({ age: 16 }, { kind: 'regular_class' }))).toEqual(['age_outside_school_age']);
  });

  it('普职融合: ≥ 35 weeks, guardian application, junior ages', () => {
    expect(validatePlacement({ age: 14, guardianApplied: true }, { kind: 'vocational_integration', teachingWeeksPerYear: 35 }).ok).toBe(true);
    expect(codes(validatePlacement({ age: 14, guardianApplied: true }, { kind: 'vocational_integration', teachingWeeksPerYear: 34 }))).toEqual(['vocational_weeks_below_minimum']);
    expect(codes(validatePlacement({ age: 10 }, { kind: 'vocational_integration', teachingWeeksPerYear: 40 }))).toEqual([
      'vocational_needs_guardian_application',
      'vocational_junior_only',
    ]);
  });

  it('送教上门: severely disabled only, at least once a week', () => {
    expect(validatePlacement({ age: 8, severelyDisabled: true }, { kind: 'home_teaching', visitsPerWeek: 1 }).ok).toBe(true);
    expect(codes(validatePlacement({ age: 8, disabled: true }, { kind: 'home_teaching', visitsPerWeek: 2 }))).toEqual(['home_teaching_needs_severe_disability']);
    expect(codes(validatePlacement({ age: 8, severelyDisabled: true }, { kind: 'home_teaching', visitsPerWeek: 0.5 }))).toEqual(['home_teaching_visits_below_minimum']);
  });

  it('special school needs a disability; deferral needs the committee assessment', () => {
    expect(validatePlacement({ age: 8, disabled: true }, { kind: 'special_school' }).ok).toBe(true);
    expect(codes(validatePlacement({ age: 8 }, { kind: 'special_school' }))).toEqual(['special_school_needs_disability']);
    expect(validatePlacement({ age: 6, assessedUnableToStudy: true }, { kind: 'deferred' }).ok).toBe(true);
    expect(codes(validatePlacement({ age: 6 }, { kind: 'deferred' }))).toEqual(['deferral_needs_assessment']);
  });
});
