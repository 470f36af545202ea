import { describe, expect, it } from 'vitest';
import { safetyCheckDue } from '../../../api/domain/gas/safetyCheckDue';
import type { SafetyCheckRuleSet } from '../../../api/domain/gas/safetyCheckRules';

// 东政办〔2023〕98号 §三(二): non-residential at least once a year, residential once every two years.
describe('safetyCheckDue — non-residential, 1 year', () => {
  const user = { pipelineUserKind: 'non_residential' as const, lastCheckOn: '2023-03-15' };
  it.each([
    // today, due, overdue, daysOverdue      (due date 2023-03-15 + 1 y = 2024-03-15)
    ['2024-03-14', false, false, 0], // one day before
    ['2024-03-15', true, false, 0], // exactly one year: in time, due today
    ['2024-03-16', true, true, 1], // more than a year
    ['2024-04-15', true, true, 31], // Mar 16…Apr 15: 16 days in March + 15 in April = 31
  ] as const)('on %s: due %s, overdue %s, %i days over', (today, due, overdue, daysOverdue) => {
    expect(safetyCheckDue(user, today)).toEqual({
      due,
      overdue,
      dueDate: '2024-03-15',
      daysOverdue,
      ruleSetId: 'haidong-2023-98',
      intervalYears: 1,
    });
  });
});

describe('safetyCheckDue — residential, 2 years', () => {
  const user = { pipelineUserKind: 'residential' as const, lastCheckOn: '2022-11-01' };
  it.each([
    // due date 2022-11-01 + 2 y = 2024-11-01
    ['2024-03-16', false, false, 0], // non-residential would be overdue here; residential is not
    ['2024-10-31', false, false, 0],
    ['2024-11-01', true, false, 0],
    ['2024-11-02', true, true, 1],
    ['2025-01-01', true, true, 61], // Nov 2…30 = 29 days, Dec = 31, Jan 1 = 1 → 61
  ] as const)('on %s: due %s, overdue %s, %i days over', (today, due, overdue, daysOverdue) => {
    expect(safetyCheckDue(user, today)).toMatchObject({ due, overdue, dueDate: '2024-11-01', daysOverdue, intervalYears: 2 });
  });
});

describe('safetyCheckDue — edge cases', () => {
  it('a user never checked is overdue, with no due date', () => {
    expect(safetyCheckDue({ pipelineUserKind: 'residential', lastCheckOn: null }, '2023-12-01')).toEqual({
      due: true,
      overdue: true,
      dueDate: null,
      daysOverdue: null,
      ruleSetId: 'haidong-2023-98',
      intervalYears: 2,
    });
  });
  it('a bottled-gas user has no pipeline check duty', () => {
    expect(safetyCheckDue({ pipelineUserKind: 'none', lastCheckOn: null }, '2023-12-01')).toMatchObject({
      due: false,
      overdue: false,
      dueDate: null,
    });
  });
  it('a check on 29 February falls due on 28 February of a common year', () => {
    // 2024-02-29 + 1 y → 2025-02-28 (no 29th); on 03-01 it is 1 day over
    const user = { pipelineUserKind: 'non_residential' as const, lastCheckOn: '2024-02-29' };
    expect(safetyCheckDue(user, '2025-03-01')).toMatchObject({ dueDate: '2025-02-28', overdue: true, daysOverdue: 1 });
  });
  it('refuses a last check in the future and a day before any rule set', () => {
    expect(() =>
      safetyCheckDue({ pipelineUserKind: 'residential', lastCheckOn: '2024-01-02' }, '2024-01-01'),
    ).toThrow(RangeError);
    expect(() =>
      safetyCheckDue({ pipelineUserKind: 'residential', lastCheckOn: '2020-01-01' }, '2023-10-12'),
    ).toThrow(/no safety-check rule set/);
  });
  it('applies the rule set in force on the day (versioned data)', () => {
    const ruleSets: SafetyCheckRuleSet[] = [
      { id: 'a', effectiveFrom: '2023-01-01', effectiveTo: '2024-12-31', intervalYears: { non_residential: 1, residential: 2 }, article: 'test' },
      { id: 'b', effectiveFrom: '2025-01-01', effectiveTo: null, intervalYears: { non_residential: 1, residential: 1 }, article: 'test' },
    ];
    const user = { pipelineUserKind: 'residential' as const, lastCheckOn: '2024-01-10' };
    // under a: due 2026-01-10; under b: due 2025-01-10, and 2025-02-01 is 22 days past (21 in Jan + 1)
    expect(safetyCheckDue(user, '2024-12-31', ruleSets)).toMatchObject({ ruleSetId: 'a', dueDate: '2026-01-10', due: false });
    expect(safetyCheckDue(user, '2025-02-01', ruleSets)).toMatchObject({ ruleSetId: 'b', dueDate: '2025-01-10', daysOverdue: 22 });
  });
});
