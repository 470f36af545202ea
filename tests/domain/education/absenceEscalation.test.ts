import { describe, expect, it } from 'vitest';
import { escalateAbsence } from '../../../api/domain/education/absenceEscalation';
import { addDays } from '../../../api/domain/shared/calendarDate';
import { dropoutRuleSets, ruleSetFor } from '../../../api/domain/education/ruleSets';

const haidong = dropoutRuleSets.find((r) => r.jurisdiction === 'haidong')!;
const shapotou = dropoutRuleSets.find((r) => r.jurisdiction === 'shapotou')!;

/** n consecutive calendar days from 2026-03-02. */
const streak = (n: number) => Array.from({ length: n }, (_, i) => addDays('2026-03-02', i));
const summary = (r: ReturnType<typeof escalateAbsence>) => r.actionsDue.map((a) => `${a.action}@${a.dueDate}${a.done ? '✓' : ''}`);

describe('沙坡头 Art. 7 on streaks of 3, 7, 15, 16 days (start 2026-03-02)', () => {
  it('3 days: phone + visit on day 1, school persuasion on day 3', () => {
    const r = escalateAbsence(streak(3), {}, shapotou);
    expect(r.consecutiveDays).toBe(3);
    expect(summary(r)).toEqual(['phone_and_home_visit@2026-03-02', 'school_persuasion@2026-03-04']); // day 3 = 03-02 + 2
    expect(r.stage).toBe('persuasion');
    expect(r.dropoutMarked).toBe(false);
    expect(r.nextAction).toMatchObject({ action: 'phone_and_home_visit', triggered: true });
  });

  it('3 days with both done: next is the 7-day dropout mark, projected to 03-08', () => {
    const r = escalateAbsence(streak(3), { actionsDone: ['phone_and_home_visit', 'school_persuasion'] }, shapotou);
    expect(r.nextAction).toMatchObject({ action: 'mark_dropout_and_report', dueDate: '2026-03-08', triggered: false }); // 03-02 + 7 − 1
  });

  it('7 days: dropout marked in 学籍 and reported', () => {
    const r = escalateAbsence(streak(7), {}, shapotou);
    expect(summary(r)).toEqual(['phone_and_home_visit@2026-03-02', 'school_persuasion@2026-03-04', 'mark_dropout_and_report@2026-03-08']);
    expect(r.stage).toBe('dropout_marked');
    expect(r.dropoutMarked).toBe(true);
  });

  it('15 days is not yet "超过15日"; 16 days brings the 《限期入学通知书》', () => {
    expect(escalateAbsence(streak(15), {}, shapotou).stage).toBe('dropout_marked');
    const r = escalateAbsence(streak(16), {}, shapotou);
    expect(summary(r).at(-1)).toBe('deadline_notice@2026-03-17'); // 03-02 + 16 − 1
    expect(r.stage).toBe('deadline_notice');
  });

  it('after the notice is issued, the order to correct has no fixed date', () => {
    const r = escalateAbsence(streak(16), { noticeIssuedOn: '2026-03-17', actionsDone: ['phone_and_home_visit', 'school_persuasion', 'mark_dropout_and_report'] }, shapotou);
    expect(summary(r)).toContain('deadline_notice@2026-03-17✓');
    expect(r.nextAction).toMatchObject({ action: 'order_to_correct', dueDate: null, triggered: true });
    expect(r.stage).toBe('township_action');
  });
});

describe('海东 Art. 5, 12(八), 15 on the same streaks', () => {
  it('3 days: head teacher follow-up, reported to school on day 3', () => {
    const r = escalateAbsence(streak(3), {}, haidong);
    expect(summary(r)).toEqual(['head_teacher_follow_up@2026-03-02', 'report_to_school@2026-03-04']);
    expect(r.stage).toBe('persuasion');
    expect(r.dropoutMarked).toBe(false);
  });

  it('7 and 16 days without a failed home visit: nothing more is due by day count alone', () => {
    for (const n of [7, 16]) {
      const r = escalateAbsence(streak(n), { actionsDone: ['head_teacher_follow_up', 'report_to_school'] }, haidong);
      expect(r.consecutiveDays).toBe(n);
      expect(r.stage).toBe('persuasion');
      expect(r.dropoutMarked).toBe(false);
      expect(r.nextAction).toMatchObject({ action: 'written_report_to_bureau_and_township', dueDate: null, triggered: false });
    }
  });

  it('home visit failed 03-05: written report due within 5 days (03-10) and a deadline notice', () => {
    const r = escalateAbsence(streak(7), { homeVisitFailedOn: '2026-03-05', actionsDone: ['head_teacher_follow_up', 'report_to_school'] }, haidong);
    expect(summary(r)).toEqual([
      'head_teacher_follow_up@2026-03-02✓',
      'report_to_school@2026-03-04✓',
      'written_report_to_bureau_and_township@2026-03-10', // 03-05 + 5
      'deadline_notice@null',
    ]);
    expect(r.stage).toBe('deadline_notice');
    expect(r.nextAction?.action).toBe('written_report_to_bureau_and_township');
  });

  it('16 days, notice issued 03-09: township acts from 03-14 (5 days after the notice)', () => {
    const done = ['head_teacher_follow_up', 'report_to_school', 'written_report_to_bureau_and_township'] as const;
    const r = escalateAbsence(streak(16), { homeVisitFailedOn: '2026-03-05', noticeIssuedOn: '2026-03-09', actionsDone: done }, haidong);
    expect(summary(r).at(-1)).toBe('township_enforcement@2026-03-14'); // 03-09 + 5
    expect(r.stage).toBe('township_action');
    expect(r.nextAction).toMatchObject({ action: 'township_enforcement', dueDate: '2026-03-14', triggered: true });
    // Child back before 03-14 (streak ends 03-13): the township step is not yet due.
    const back = escalateAbsence(streak(12), { homeVisitFailedOn: '2026-03-05', noticeIssuedOn: '2026-03-09', actionsDone: done }, haidong);
    expect(back.actionsDue.map((a) => a.action)).not.toContain('township_enforcement');
  });
});

describe('streak reading: consecutive calendar days', () => {
  it('a gap starts a new streak; duplicates and order do not matter', () => {
    const r = escalateAbsence(['2026-03-05', '2026-03-02', '2026-03-03', '2026-03-03'], {}, shapotou);
    expect(r.consecutiveDays).toBe(1); // 03-04 missing → streak is 03-05 only
    expect(r.streakStart).toBe('2026-03-05');
  });

  it('no absence: nothing due', () => {
    expect(escalateAbsence([], {}, haidong)).toMatchObject({ stage: 'none', consecutiveDays: 0, actionsDue: [], nextAction: null });
  });
});

describe('ruleSetFor', () => {
  it('maps Haidong counties and Shapotou, warns outside validity', () => {
    expect(ruleSetFor('630224', '2025-01-01')).toMatchObject({ ruleSet: { id: 'haidong-2023-101' }, warning: null });
    expect(ruleSetFor('640502', '2025-01-01').ruleSet.id).toBe('shapotou-2023-4');
    const late = ruleSetFor('630202', '2026-10-27'); // one day after 2026-10-26
    expect(late.ruleSet.id).toBe('haidong-2023-101');
    expect(late.warning?.code).toBe('outside_validity');
    expect(ruleSetFor('630202', '2026-10-26').warning).toBeNull();
  });

  it('unknown county is a coded error; mappings are configurable', () => {
    expect(() => ruleSetFor('110105', '2025-01-01')).toThrow(expect.objectContaining({ code: 'no_rule_set_for_county' }));
    expect(ruleSetFor('110105', '2025-01-01', [{ prefix: '11', jurisdiction: 'shapotou' }]).ruleSet.id).toBe('shapotou-2023-4');
  });
});
