// A case's status on a past day, for the time slider of the education case list (issue 11: "school
// terms/as-of dates for education: the map and lists show the state at the chosen time"). A case
// keeps no status history; it keeps the dates of the moves that set its status, and those are what
// this reads. No I/O.
import type { IsoDate } from '../shared/calendarDate';
import type { CaseStatus } from './vocabulary';

export interface DatedCase {
  status: CaseStatus;
  /** 立案日期 (edu_cases.opened_on). */
  openedOn: IsoDate;
  /** 结案日期 (edu_cases.closed_on, set by closeCase). */
  closedOn: IsoDate | null;
  /** 返校安置日期 (edu_cases.placement.date, set by placeChild; kept when the case is closed later). */
  placedOn: IsoDate | null;
  /** Whether the case has a placement at all (a placement without a date is taken as of opening). */
  placed: boolean;
}

/**
 * The status at the end of `date`; undefined when the case was opened after it.
 * - closed: the case is closed now and its closing date (closed_on) is on or before `date`;
 * - returned: it has a placement (海东 Art. 17, 18) dated on or before `date`;
 * - else open.
 * A move recorded without its date (none is, through the API) is taken as of the opening day.
 * The escalation, event and legal steps (edu_case_steps) are dated too but never change a case's
 * status, so they are not read here.
 */
export function caseStatusAsOf(c: DatedCase, date: IsoDate): CaseStatus | undefined {
  if (c.openedOn > date) return undefined;
  if (c.status === 'closed' && (c.closedOn ?? c.openedOn) <= date) return 'closed';
  if (c.placed && (c.placedOn ?? c.openedOn) <= date) return 'returned';
  return 'open';
}
