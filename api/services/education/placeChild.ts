import type { Executor } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { childRecord, updateCase } from '../../../db/repositories/educationCases';
import { validatePlacement } from '../../domain/education/placement';
import type { PlacementKind } from '../../domain/education/vocabulary';
import { ageOnReference } from '../../domain/education/schoolAge';
import { DomainError, conflict } from '../../domain/shared/domainError';
import type { Actor } from './runCrossCheck';
import { invalidateEducationAnalyses } from './storedCoverage';
import { caseOrThrow } from './loadCase';

export interface PlacementInput {
  kind: PlacementKind;
  date: string;
  schoolCode?: string;
  teachingWeeksPerYear?: number;
  visitsPerWeek?: number;
  severelyDisabled?: boolean;
  assessedUnableToStudy?: boolean;
  guardianApplied?: boolean;
}

/** Places a returned child (海东 Art. 17, 18); the case becomes 'returned'. 422 with the issues when not allowed. */
export async function placeChild(tx: Executor, actor: Actor, id: number, p: PlacementInput) {
  const c = await caseOrThrow(tx, id, true);
  if (c.status === 'closed') throw conflict('case_closed', { zh: '案件已结案', en: 'The case is closed' });
  const child = c.childId === null ? undefined : await childRecord(tx, c.childId);
  const birthDate = child?.birthDate ?? c.birthDate;
  const age = birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? ageOnReference(birthDate, p.date) : 6;
  const check = validatePlacement(
    { age, disabled: child?.disabled, severelyDisabled: p.severelyDisabled, assessedUnableToStudy: p.assessedUnableToStudy, guardianApplied: p.guardianApplied },
    { kind: p.kind, teachingWeeksPerYear: p.teachingWeeksPerYear, visitsPerWeek: p.visitsPerWeek },
  );
  if (!check.ok) {
    throw new DomainError('unprocessable', 'placement_not_allowed', { zh: check.issues.map((i) => i.message).join('；'), en: check.issues.map((i) => i.messageEn).join('; ') }, 'kind', { issues: check.issues });
  }
  const placement = { ...p, recordedBy: actor.username };
  await updateCase(tx, id, { status: 'returned', placement });
  await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'education.case.placement', objectType: 'edu_case', objectId: id, result: 'ok', detail: { kind: p.kind, date: p.date } });
  invalidateEducationAnalyses();
  return { id, status: 'returned' as const, placement };
}

export async function closeCase(tx: Executor, actor: Actor, id: number, date: string, reason: string) {
  const c = await caseOrThrow(tx, id, true);
  if (c.status === 'closed') throw conflict('case_closed', { zh: '案件已结案', en: 'The case is already closed' });
  await updateCase(tx, id, { status: 'closed', closedOn: date, closureReason: reason });
  await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'education.case.close', objectType: 'edu_case', objectId: id, result: 'ok', detail: { reason, date } });
  invalidateEducationAnalyses();
  return { id, status: 'closed' as const, closedOn: date, closureReason: reason };
}
