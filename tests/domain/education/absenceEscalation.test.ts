// Golden cases per jurisdiction, hand-computed from the seed text (quoted beside each case), on
// the default school calendar: March 2026 has school days Mon 03-02 … Fri 03-06, 03-09 … 03-13,
// 03-16 … 03-20, 03-23 … 03-27, 03-30 … The old engine counted calendar-consecutive dates, so a
// weekend restarted the count (issue 13); these cases replace its calendar-day fixtures.
import { describe, expect, it } from 'vitest';
import { escalateAbsence, type AbsenceEvents } from '../../../api/domain/education/absenceEscalation';
import { dropoutRuleSets, ruleSetFor } from '../../../api/domain/education/ruleSets';
import { schoolDays, type CalendarOverride } from '../../../api/domain/education/schoolCalendar';
import { addDays } from '../../../api/domain/shared/calendarDate';

const rules = (j: string) => dropoutRuleSets.find((r) => r.jurisdiction === j)!;

/** Every date from `from` to `to` inclusive, weekends included (the engine must ignore them). */
const range = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};
/** Mon–Fri dates only, as a school records them. */
const weekdays = (from: string, to: string) => range(from, to).filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));

const run = (j: string, absences: string[], asOf: string, events: AbsenceEvents = {}, extra: { nonLocal?: boolean; calendar?: CalendarOverride } = {}) =>
  escalateAbsence({ absences, asOf, events, ruleSet: rules(j), calendar: schoolDays(j, extra.calendar), nonLocal: extra.nonLocal });
const summary = (r: ReturnType<typeof escalateAbsence>) => r.actionsDue.map((a) => `${a.action}@${a.dueDate}${a.done ? '✓' : ''}`);
const codes = (r: ReturnType<typeof escalateAbsence>) => r.warnings.map((w) => w.code);

describe('沙坡头 卫沙政办规发〔2023〕4号 Art. 7', () => {
  // "3天内未返校的，由学校组织力量劝返；7天仍未返校的，学校要在学籍系统中做辍学标注"
  it('two weeks Monday–Friday: 10 school days, the weekend does not restart the run; dropout marked on the 7th school day', () => {
    const r = run('shapotou', weekdays('2026-03-02', '2026-03-13'), '2026-03-13');
    expect(r.schoolDaysAbsent).toBe(10);
    expect(r.runStart).toBe('2026-03-02');
    // 3rd school day 03-04; 7th: 02,03,04,05,06,09,10 → 03-10
    expect(summary(r)).toEqual(['follow_up@2026-03-02', 'persuasion@2026-03-04', 'dropout_mark@2026-03-10']);
    expect(r.stage).toBe('dropout_marked');
    expect(r.dropoutMarked).toBe(true);
    expect(r.reading.en).toContain('school days');
  });

  it('recording the weekend too changes nothing: weekend dates are not school days', () => {
    const r = run('shapotou', range('2026-03-02', '2026-03-13'), '2026-03-13');
    expect(r.schoolDaysAbsent).toBe(10);
    expect(codes(r)).toContain('absence_on_non_school_day');
  });

  it('next step after the mark is projected to the 16th school day (03-23)', () => {
    const r = run('shapotou', weekdays('2026-03-02', '2026-03-13'), '2026-03-13', { actionsDone: ['follow_up', 'persuasion', 'dropout_mark'] });
    // 11th … 16th school day: 03-16, 17, 18, 19, 20, 23
    expect(r.nextAction).toMatchObject({ action: 'deadline_notice', dueDate: '2026-03-23', triggered: false });
  });

  // "对超过15日仍未送子女复学的…下发《限期入学通知书》"
  it('15 school days is not "超过15日"; the 16th (03-23) brings the notice', () => {
    expect(run('shapotou', weekdays('2026-03-02', '2026-03-20'), '2026-03-20').stage).toBe('dropout_marked');
    const r = run('shapotou', weekdays('2026-03-02', '2026-03-23'), '2026-03-23');
    expect(r.schoolDaysAbsent).toBe(16);
    expect(summary(r).at(-1)).toBe('deadline_notice@2026-03-23');
    expect(r.stage).toBe('deadline_notice');
  });

  // "责令限期复学，在限期内仍不能按期入学的…给予批评教育，并责令限期改正"
  it('the order to correct is due only after the notice time limit (5 days per the printed notice) passes', () => {
    const events = { noticeIssuedOn: '2026-03-23' };
    const within = run('shapotou', weekdays('2026-03-02', '2026-03-27'), '2026-03-27', events);
    expect(within.actionsDue.map((a) => a.action)).not.toContain('order_to_correct');
    expect(within.nextAction).toMatchObject({ action: 'follow_up', triggered: true });
    // limit ends 03-23 + 5 = 03-28; the order falls due 03-29
    const after = run('shapotou', weekdays('2026-03-02', '2026-03-30'), '2026-03-30', events);
    expect(summary(after)).toContain('deadline_notice@2026-03-23✓');
    expect(summary(after).at(-1)).toBe('order_to_correct@2026-03-29');
    expect(after.stage).toBe('order_to_correct');
    expect(codes(after)).toContain('fallback_used'); // the document sets no notice period
  });

  it('a deadline printed on the notice replaces the fallback', () => {
    const r = run('shapotou', weekdays('2026-03-02', '2026-03-26'), '2026-03-26', { noticeIssuedOn: '2026-03-23', noticeDeadline: '2026-03-25' });
    expect(summary(r).at(-1)).toBe('order_to_correct@2026-03-26');
    expect(codes(r)).not.toContain('fallback_used');
  });

  it('a child back at school before the limit ends gets no order', () => {
    const r = run('shapotou', weekdays('2026-03-02', '2026-03-24'), '2026-03-30', { noticeIssuedOn: '2026-03-23' });
    expect(r.actionsDue.map((a) => a.action)).not.toContain('order_to_correct');
    expect(codes(r)).toContain('attended_after_run');
  });

  it('after the order the document names no further step: a fallback warning, no invented step', () => {
    const r = run('shapotou', weekdays('2026-03-02', '2026-04-10'), '2026-04-10', { noticeIssuedOn: '2026-03-23', orderIssuedOn: '2026-03-30' });
    expect(r.actionsDue.at(-1)).toMatchObject({ action: 'order_to_correct', done: true });
    expect(r.warnings.some((w) => w.code === 'fallback_used' && w.text.en.includes('stops at'))).toBe(true);
  });
});

describe('海东 东政办〔2023〕101号 Art. 5, 12(八), 15, 16', () => {
  // Art. 15 "对3天及以上无正当理由未到校的学生及时向学校报告"
  it('two weeks Monday–Friday: follow-up, report on the 3rd school day', () => {
    const r = run('haidong', weekdays('2026-03-02', '2026-03-13'), '2026-03-13', {}, { nonLocal: false });
    expect(r.schoolDaysAbsent).toBe(10);
    expect(summary(r)).toEqual(['follow_up@2026-03-02', 'report_to_school@2026-03-04']);
    expect(r.stage).toBe('persuasion');
    expect(r.dropoutMarked).toBe(false);
  });

  // Art. 15 "非本地户籍的学生由县区教育局向户籍地教育行政部门发函告知辍学情况"
  it('a non-local student adds the letter to the household county; unknown household county is a warning', () => {
    const r = run('haidong', weekdays('2026-03-02', '2026-03-04'), '2026-03-04', {}, { nonLocal: true });
    expect(summary(r)).toEqual(['follow_up@2026-03-02', 'report_to_school@2026-03-04', 'letter_to_household_county@null']);
    expect(codes(run('haidong', weekdays('2026-03-02', '2026-03-04'), '2026-03-04'))).toContain('household_county_unknown');
  });

  // Art. 12(八) "动员无效时，在5天内…递交书面报告，并协助…发出《限期入学通知书》"
  it('home visits failed 03-05: written report due 03-10 and the notice', () => {
    const r = run('haidong', weekdays('2026-03-02', '2026-03-06'), '2026-03-06', { homeVisitFailedOn: '2026-03-05', actionsDone: ['follow_up', 'report_to_school'] }, { nonLocal: false });
    expect(summary(r)).toEqual(['follow_up@2026-03-02✓', 'report_to_school@2026-03-04✓', 'written_report@2026-03-10', 'deadline_notice@null']);
    expect(r.stage).toBe('deadline_notice');
    expect(r.nextAction?.action).toBe('written_report');
  });

  // Art. 12(八) "发出通知5天内，家长或监护人不送辍学生返校的，由辖区乡镇（社区）政府采取措施"
  it('notice issued 03-09: the 5 days end 03-14, the township acts from 03-15', () => {
    const events = { homeVisitFailedOn: '2026-03-05', noticeIssuedOn: '2026-03-09' };
    const r = run('haidong', weekdays('2026-03-02', '2026-03-16'), '2026-03-16', events, { nonLocal: false });
    expect(summary(r).at(-1)).toBe('township_action@2026-03-15');
    expect(r.stage).toBe('township_action');
    expect(codes(r)).not.toContain('fallback_used'); // the 5 days are stated
    const early = run('haidong', weekdays('2026-03-02', '2026-03-13'), '2026-03-13', events, { nonLocal: false });
    expect(early.actionsDue.map((a) => a.action)).not.toContain('township_action');
  });

  // Art. 16 "宣传教育、责令改正、行政处罚、申请强制执行或提起诉讼"
  it('order issued 03-16: penalty due the day after the printed 7-day limit (03-24), with the fallback named', () => {
    const r = run('haidong', weekdays('2026-03-02', '2026-03-24'), '2026-03-24', { homeVisitFailedOn: '2026-03-05', noticeIssuedOn: '2026-03-09', orderIssuedOn: '2026-03-16' }, { nonLocal: false });
    expect(summary(r).at(-1)).toBe('penalty@2026-03-24');
    expect(r.stage).toBe('sanction');
    expect(r.warnings.some((w) => w.code === 'fallback_used' && w.text.en.includes('7 days'))).toBe(true);
  });
});

describe('白银 白政办发〔2020〕28号', () => {
  // 二(四) "如果发现疑似辍学儿童，立即按照《义务教育控辍流程图（辍学）》进行劝返" — day count not in the text
  it('3 school days: follow-up and township persuasion, each reported as a fallback', () => {
    const r = run('baiyin', weekdays('2026-03-02', '2026-03-04'), '2026-03-04');
    expect(summary(r)).toEqual(['follow_up@2026-03-02', 'persuasion@2026-03-04']);
    expect(codes(r).filter((c) => c === 'fallback_used')).toHaveLength(2);
  });

  // 一(二) "经教育部门责令限期改正，逾期不改的由司法部门依法发放相关司法文书"
  it('order 03-10: judicial documents due 03-18 (printed 7-day limit)', () => {
    const r = run('baiyin', weekdays('2026-03-02', '2026-03-18'), '2026-03-18', { homeVisitFailedOn: '2026-03-09', orderIssuedOn: '2026-03-10' });
    expect(summary(r)).toContain('order_to_correct@null✓');
    expect(summary(r).at(-1)).toBe('judicial_document@2026-03-18');
  });
});

describe('谯城 谯政办秘〔2024〕5号', () => {
  // (五) "经劝返仍不到校或无法联系上的，学校要及时书面报告属地政府及教育主管部门"
  it('persuasion failed 03-05: written report (no fixed deadline) and the order to correct', () => {
    const r = run('qiaocheng', weekdays('2026-03-02', '2026-03-05'), '2026-03-05', { homeVisitFailedOn: '2026-03-05' });
    expect(summary(r)).toEqual(['follow_up@2026-03-02', 'report_to_school@2026-03-04', 'written_report@null', 'order_to_correct@null']);
  });

  // (二) "由各乡镇人民政府、街道办事处给予批评教育，责令限期改正；逾期不改的，由区司法部门依法发送相关司法文书"
  it('order 03-06: judicial documents due 03-14', () => {
    const r = run('qiaocheng', weekdays('2026-03-02', '2026-03-16'), '2026-03-16', { homeVisitFailedOn: '2026-03-05', orderIssuedOn: '2026-03-06' });
    expect(summary(r).at(-1)).toBe('judicial_document@2026-03-14');
    expect(r.stage).toBe('sanction');
  });
});

describe('临沧 临政办发〔2020〕14号', () => {
  // 二 "未到校注册报到的学生…及时向县级教育体育部门和乡镇人民政府报告，乡镇人民政府要立即组织力量进行查找和劝返"
  it('3 school days: report to county and township, township searches at once', () => {
    const r = run('lincang', weekdays('2026-03-02', '2026-03-04'), '2026-03-04');
    expect(summary(r)).toEqual(['follow_up@2026-03-02', 'written_report@2026-03-04', 'township_action@2026-03-04']);
  });

  // 四(三) "经宣传教育和责令改正，仍拒不送…由乡镇人民政府(街道办事处)予以行政处罚"
  it('order 03-09: penalty due 03-17', () => {
    const r = run('lincang', weekdays('2026-03-02', '2026-03-17'), '2026-03-17', { orderIssuedOn: '2026-03-09' });
    expect(summary(r).at(-1)).toBe('penalty@2026-03-17');
  });
});

describe('school calendar', () => {
  it('the May Day holidays (05-01 … 05-05) do not break a run: 04-30 and 05-06 are consecutive school days', () => {
    const r = run('shapotou', ['2026-04-30', '2026-05-06'], '2026-05-06');
    expect(r.schoolDaysAbsent).toBe(2);
  });

  it('a school day attended breaks the run', () => {
    const r = run('shapotou', ['2026-03-02', '2026-03-04'], '2026-03-04');
    expect(r.schoolDaysAbsent).toBe(1);
    expect(r.runStart).toBe('2026-03-04');
  });

  it('a calendar sent with the request: 03-03 declared a holiday joins the two days around it', () => {
    const r = run('shapotou', ['2026-03-02', '2026-03-04'], '2026-03-04', {}, { calendar: { holidays: ['2026-03-03'] } });
    expect(r.schoolDaysAbsent).toBe(2);
  });

  it('no absence: nothing due', () => {
    expect(run('haidong', [], '2026-03-02')).toMatchObject({ stage: 'none', schoolDaysAbsent: 0, actionsDue: [], nextAction: null });
  });
});

describe('ruleSetFor', () => {
  it('maps all five jurisdictions, warns outside validity', () => {
    expect(ruleSetFor('630224', '2025-01-01')).toMatchObject({ ruleSet: { id: 'haidong-2023-101' }, warning: null });
    expect(ruleSetFor('640502', '2025-01-01').ruleSet.id).toBe('shapotou-2023-4');
    expect(ruleSetFor('620402', '2025-01-01').ruleSet.id).toBe('baiyin-2020-28');
    expect(ruleSetFor('341602', '2025-01-01').ruleSet.id).toBe('qiaocheng-2024-5');
    expect(ruleSetFor('530902', '2025-01-01').ruleSet.id).toBe('lincang-2020-14');
    const late = ruleSetFor('630202', '2026-10-27'); // one day after 2026-10-26
    expect(late.ruleSet.id).toBe('haidong-2023-101');
    expect(late.warning?.code).toBe('outside_validity');
    expect(ruleSetFor('630202', '2026-10-26').warning).toBeNull();
    expect(ruleSetFor('620402', '2040-01-01').warning).toBeNull(); // no end of validity stated
    expect(ruleSetFor('341602', '2024-01-30').warning?.code).toBe('outside_validity'); // before issue
  });

  it('unknown county is a coded error; mappings are configurable', () => {
    expect(() => ruleSetFor('110105', '2025-01-01')).toThrow(expect.objectContaining({ code: 'no_rule_set_for_county' }));
    expect(ruleSetFor('110105', '2025-01-01', [{ prefix: '11', jurisdiction: 'shapotou' }]).ruleSet.id).toBe('shapotou-2023-4');
  });
});
