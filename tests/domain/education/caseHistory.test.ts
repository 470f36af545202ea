import { describe, expect, it } from 'vitest';
import { absenceEvents, legalRecords, type RecordedStep } from '../../../api/domain/education/caseHistory';

const steps: RecordedStep[] = [
  { stepKind: 'escalation', action: 'report_to_school', date: '2026-03-03' },
  { stepKind: 'event', action: 'home_visit_failed', date: '2026-03-05' },
  { stepKind: 'legal', action: 'education', date: '2026-03-06' },
  { stepKind: 'event', action: 'home_visit_failed', date: '2026-03-08' },
  { stepKind: 'event', action: 'notice_issued', date: '2026-03-09' },
  { stepKind: 'escalation', action: 'no_longer_in_any_rule_set', date: '2026-03-09' },
  { stepKind: 'legal', action: 'order_to_correct', date: '2026-03-10' },
];

describe('caseHistory', () => {
  it('reads the legal acts in recording order', () => {
    expect(legalRecords(steps)).toEqual([
      { act: 'education', date: '2026-03-06' },
      { act: 'order_to_correct', date: '2026-03-10' },
    ]);
  });

  it('keeps the first date of each event (the order to correct from legal step ②) and the known actions done', () => {
    expect(absenceEvents(steps)).toEqual({ homeVisitFailedOn: '2026-03-05', noticeIssuedOn: '2026-03-09', orderIssuedOn: '2026-03-10', actionsDone: ['report_to_school'] });
  });
});
