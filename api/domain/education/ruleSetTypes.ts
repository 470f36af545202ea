// The shape of a dropout-control rule set (控辍保学): one per jurisdiction and period, DATA with
// effective dates and the article of every rule (rules/*.ts). Where a document says nothing the
// rule set records the silence and the fallback the engine uses, and the engine reports it. No I/O.

import type { Bilingual } from '../shared/bilingual';
import type { EscalationAction, EscalationEvent, EscalationStage } from './vocabulary';

export const jurisdictions = ['haidong', 'shapotou', 'baiyin', 'qiaocheng', 'lincang'] as const;
export type Jurisdiction = (typeof jurisdictions)[number];

/** A rule the document states (with its article), or a silence and the fallback used instead. */
export type Provision<T> =
  | { stated: true; value: T; article: string }
  | { stated: false; value: T; fallback: Bilingual };

/** A rule the document states in words only (shown side by side; not computed), or a silence. */
export type Statement = { stated: true; text: Bilingual; article: string } | { stated: false; fallback: Bilingual };

/**
 * When a step becomes due:
 * - `absence_days`: on the Nth school day of the current absence run;
 * - `after_event`: on the day of a recorded event (home visits failed, notice issued);
 * - `time_limit_passed`: the day after the time limit of the notice or of the order to correct
 *   ends, if the child is still not back (沙坡头 Art. 7 "在限期内仍不能按期入学的").
 */
export type EscalationTrigger =
  | { kind: 'absence_days'; minDays: number }
  | { kind: 'after_event'; event: EscalationEvent }
  | { kind: 'time_limit_passed'; limit: 'notice' | 'order' };

export interface EscalationStep {
  action: EscalationAction;
  stage: EscalationStage;
  trigger: EscalationTrigger;
  /** Days after the trigger by which the action must be done; null = the source sets none. */
  deadlineDays: number | null;
  marksDropout: boolean;
  /** Only for a student whose household registration is in another county (海东 Art. 15). */
  onlyNonLocal?: boolean;
  article: string;
  text: Bilingual;
  /** Set when the document is silent on this step's timing and the engine uses a fallback. */
  fallback?: Bilingual;
}

export interface LegalLadder {
  /** In order; an act is due once the time limit of the previous one passes without compliance. */
  steps: readonly { action: EscalationAction; issuer: Bilingual }[];
}

/** When a duty of the calendar falls due in a year. */
export type DutyTiming =
  | { kind: 'by_date'; month: number; day: number }
  | { kind: 'in_month'; month: number }
  | { kind: 'after_term_start'; days: number }
  | { kind: 'monthly' };

export interface CalendarDuty {
  id: string;
  level: 'county' | 'township' | 'school' | 'department';
  timings: readonly DutyTiming[];
  text: Bilingual;
  article: string;
}

export interface AccountabilityThresholds {
  /** Annual loss (流失) rate above which county education leaders are accountable. */
  countyLossRateMax: number;
  /** Unreturned dropouts in a school year that give a school the lowest annual rating. */
  lowestRatingDropouts: { primary: number; junior: number };
  /** A township is flagged when some school has MORE than this many unreturned dropouts. */
  townshipDropoutsAbove: number;
  /** Sanction by month since the township condition first held (month 1, 2, 3+). */
  townshipSanctionsByMonth: readonly ['interview', 'public_criticism', 'administrative_sanction'];
  article: string;
}

export interface DropoutRuleSet {
  id: string;
  jurisdiction: Jurisdiction;
  nameZh: string;
  document: string;
  validFrom: string;
  /** null: the document states no end of validity (the rule set says so through `validity`). */
  validTo: string | null;
  validity: Statement;
  escalation: readonly EscalationStep[];
  /** Time limit of the 《限期入学通知书》 and of the order to correct, in calendar days. */
  noticeDays: Provision<number>;
  orderDays: Provision<number>;
  legalLadder: Provision<LegalLadder | null>;
  deferral: Statement;
  placementRouting: Statement;
  calendarDuties: readonly CalendarDuty[];
  /** Consolidation-rate (巩固率) target as the document states it. */
  target: Statement;
  accountability: AccountabilityThresholds | null;
}
