// The duty calendar of a year, hand-computed from the seed lines quoted beside each date.
import { describe, expect, it } from 'vitest';
import { dutiesOfYear, dutyReminders, dutyStatus } from '../../../api/domain/education/dutyCalendar';
import { dropoutRuleSets } from '../../../api/domain/education/ruleSets';

const rules = (j: string) => dropoutRuleSets.find((r) => r.jurisdiction === j)!;
const dated = (j: string, year: number) => dutiesOfYear(rules(j), year).map((d) => `${d.dueDate} ${d.dutyId}`);

describe('海东 101号 duties in 2026', () => {
  it('Art. 8(一) "每年2月、8月两次更新"; 8(三) "每年3月、9月开展联合督查"; 12(四) "每学期开学10天内"; 14 March/April/May/June–August', () => {
    expect(dated('haidong', 2026)).toEqual([
      '2026-02-28 haidong-population-book',
      '2026-03-11 haidong-loss-report', // term start 03-01 + 10 days
      '2026-03-31 haidong-joint-inspection',
      '2026-03-31 haidong-plan-march',
      '2026-04-30 haidong-survey-april',
      '2026-05-31 haidong-resources-may',
      '2026-06-30 haidong-notices-summer',
      '2026-07-31 haidong-notices-summer',
      '2026-08-31 haidong-notices-summer',
      '2026-08-31 haidong-population-book',
      '2026-09-11 haidong-loss-report',
      '2026-09-30 haidong-joint-inspection',
    ]);
  });
});

describe('白银 白政办发〔2020〕28号 duties in 2026', () => {
  it('"6月底前" survey, "7月底前" rosters, "9月20日/3月20日" sweep, police "9月20日前", 残联 "7月底前"/"8月10日前", 民政 "9月底前", "11月底前" cross-check', () => {
    expect(dated('baiyin', 2026)).toEqual([
      '2026-03-20 baiyin-sweep',
      '2026-03-31 baiyin-register-compare',
      '2026-06-30 baiyin-survey',
      '2026-07-31 baiyin-disability-data',
      '2026-07-31 baiyin-roster',
      '2026-08-10 baiyin-disability-assessment',
      '2026-09-20 baiyin-police-data',
      '2026-09-20 baiyin-sweep',
      '2026-09-30 baiyin-left-behind',
      '2026-09-30 baiyin-register-compare',
      '2026-11-30 baiyin-cross-check',
    ]);
  });
});

describe('status and reminders', () => {
  const duties = dutiesOfYear(rules('haidong'), 2026);
  it('done when marked, overdue after the due date, due otherwise', () => {
    const s = dutyStatus(duties, new Map([['haidong-population-book@2026-02-28', '2026-02-27']]), '2026-03-15');
    expect(s.slice(0, 3).map((d) => `${d.dutyId}:${d.status}`)).toEqual(['haidong-population-book:done', 'haidong-loss-report:overdue', 'haidong-joint-inspection:due']);
  });
  it('reminders: overdue and due within 14 days (asOf 03-20 → up to 04-03)', () => {
    const s = dutyStatus(duties, new Map(), '2026-03-20');
    expect(dutyReminders(s, '2026-03-20').map((d) => `${d.dueDate} ${d.dutyId} ${d.status}`)).toEqual([
      '2026-02-28 haidong-population-book overdue',
      '2026-03-11 haidong-loss-report overdue',
      '2026-03-31 haidong-joint-inspection due',
      '2026-03-31 haidong-plan-march due',
    ]);
  });
  it('沙坡头 names no dated duty: an empty calendar', () => {
    expect(dutiesOfYear(rules('shapotou'), 2026)).toEqual([]);
  });
});
