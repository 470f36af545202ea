// What of a case lists and bulk answers may show (PIPL Art. 28, minors' personal data): the ID
// number to its last 4 characters, the name partly masked, never the birth date. No I/O.
import { maskIdNumber, maskName } from './idNumber';
import type { CaseDraft } from './crossCheckCases';
import type { CaseStatus } from './vocabulary';

/** A stored case: a cross-check's draft with its id and status (the stored rule is any text). */
export type CaseIdentity = Omit<CaseDraft, 'routingRule' | 'childId' | 'birthDate' | 'ruleSetId'> & { id: number; status: CaseStatus; routingRule: string };

/** A case as lists show it; the full identity only through the audited reveal. */
export function maskedCase(c: CaseIdentity) {
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    idNumberMasked: maskIdNumber(c.idNumber),
    nameMasked: maskName(c.name),
    poverty: c.poverty,
    householdCountyCode: c.householdCountyCode,
    studentCountyCode: c.studentCountyCode,
    schoolCode: c.schoolCode,
    responsibleCountyCode: c.responsibleCountyCode,
    notifyCountyCode: c.notifyCountyCode,
    routingRule: c.routingRule,
    openedOn: c.openedOn,
  };
}
