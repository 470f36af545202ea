// Properties of the school-day escalation engine (issue 13): a gap of non-school days (weekend,
// holiday, break) never resets a run, a school day attended always does, and every due date is on
// or after the day its step was triggered — for every jurisdiction's rule set.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { nthSchoolDayAfter } from '../../../api/domain/education/absenceRun';
import { escalateAbsence } from '../../../api/domain/education/absenceEscalation';
import { dropoutRuleSets } from '../../../api/domain/education/ruleSets';
import { schoolDays } from '../../../api/domain/education/schoolCalendar';
import { dayNumber, fromDayNumber } from '../../../api/domain/shared/calendarDate';

const start = dayNumber('2025-09-01');
const ruleSet = fc.constantFrom(...dropoutRuleSets);
const offset = fc.integer({ min: 0, max: 330 });

/** The school days from the first on or after `from`, `n` of them. */
function schoolRun(from: number, n: number, jurisdiction: string): number[] {
  const cal = schoolDays(jurisdiction, undefined);
  const first = nthSchoolDayAfter(from - 1, 1, cal)!;
  const days = [first];
  while (days.length < n) days.push(nthSchoolDayAfter(days[days.length - 1]!, 1, cal)!);
  return days;
}

describe('school-day runs', () => {
  test.prop([ruleSet, offset, fc.integer({ min: 1, max: 40 }), fc.boolean()])(
    'n consecutive school days count n, whatever weekends and holidays lie between (recorded or not)',
    (rs, off, n, recordOffDays) => {
      const days = schoolRun(start + off, n, rs.jurisdiction);
      const dates = recordOffDays
        ? Array.from({ length: days[n - 1]! - days[0]! + 1 }, (_, i) => fromDayNumber(days[0]! + i))
        : days.map(fromDayNumber);
      const asOf = fromDayNumber(days[n - 1]!);
      const r = escalateAbsence({ absences: dates, asOf, events: {}, ruleSet: rs, calendar: schoolDays(rs.jurisdiction, undefined), nonLocal: false });
      expect(r.schoolDaysAbsent).toBe(n);
      expect(r.runStart).toBe(fromDayNumber(days[0]!));
    },
  );

  test.prop([ruleSet, offset, fc.integer({ min: 3, max: 30 }), fc.integer({ min: 1, max: 28 })])(
    'leaving out one school day in the middle restarts the run after it',
    (rs, off, n, k) => {
      fc.pre(k < n - 1);
      const days = schoolRun(start + off, n, rs.jurisdiction);
      const dates = days.filter((_, i) => i !== k).map(fromDayNumber);
      const r = escalateAbsence({ absences: dates, asOf: fromDayNumber(days[n - 1]!), events: {}, ruleSet: rs, calendar: schoolDays(rs.jurisdiction, undefined) });
      expect(r.schoolDaysAbsent).toBe(n - k - 1);
    },
  );
});

describe('due dates', () => {
  const eventDay = fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined });
  test.prop([ruleSet, offset, fc.integer({ min: 1, max: 40 }), eventDay, eventDay, eventDay, fc.integer({ min: 0, max: 30 }), fc.boolean()])(
    'every due date is on or after its trigger, and every trigger is on or before the reckoning date',
    (rs, off, n, visit, notice, order, extra, nonLocal) => {
      const days = schoolRun(start + off, n, rs.jurisdiction);
      const first = days[0]!;
      const at = (d: number | undefined) => (d === undefined ? undefined : fromDayNumber(first + d));
      const asOf = fromDayNumber(days[n - 1]! + extra);
      const r = escalateAbsence({
        absences: days.map(fromDayNumber),
        asOf,
        events: { homeVisitFailedOn: at(visit), noticeIssuedOn: at(notice), orderIssuedOn: at(order) },
        ruleSet: rs,
        calendar: schoolDays(rs.jurisdiction, undefined),
        nonLocal,
      });
      for (const a of r.actionsDue) {
        expect(a.triggerDate <= asOf).toBe(true);
        if (a.dueDate !== null) expect(a.dueDate >= a.triggerDate).toBe(true);
      }
    },
  );
});
