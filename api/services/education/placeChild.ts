import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { childRecord, updateCase } from '../../../db/repositories/educationCases';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { validatePlacement } from '../../domain/education/placement';
import { ageOnReference } from '../../domain/education/schoolAge';
import { DomainError, conflict } from '../../domain/shared/domainError';
import type { PlacementBody } from '../../routes/education/schemas';
import { placementIssueView } from './caseViews';
import { educationWrite } from './educationWrite';
import { caseOrThrow } from './loadCase';

/** Places a returned child (海东 Art. 17, 18); the case becomes 'returned'. 422 with the issues when not allowed. */
export function placeChild(db: Db, user: SessionUser, id: number, p: PlacementBody) {
  return educationWrite(db, async (tx) => {
    const c = await caseOrThrow(tx, user, id, true);
    if (c.status === 'closed') throw conflict('case_closed', { zh: '案件已结案', en: 'The case is closed' });
    const child = c.childId === null ? undefined : await childRecord(tx, c.childId);
    const birthDate = child?.birthDate ?? c.birthDate;
    // Without a usable birth date the child is taken as 6, the youngest school age (义务教育法 Art. 11).
    const age = birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? ageOnReference(birthDate, p.date) : 6;
    const check = validatePlacement(
      { age, disabled: child?.disabled, severelyDisabled: p.severelyDisabled, assessedUnableToStudy: p.assessedUnableToStudy, guardianApplied: p.guardianApplied },
      { kind: p.kind, teachingWeeksPerYear: p.teachingWeeksPerYear, visitsPerWeek: p.visitsPerWeek },
    );
    if (!check.ok) {
      const text = { zh: check.issues.map((i) => i.text.zh).join('；'), en: check.issues.map((i) => i.text.en).join('; ') };
      throw new DomainError('unprocessable', 'placement_not_allowed', text, 'kind', { issues: check.issues.map(placementIssueView) });
    }
    const placement = { ...p, recordedBy: user.username };
    await updateCase(tx, id, { status: 'returned', placement });
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.case.placement', objectType: 'edu_case', objectId: id, result: 'ok', detail: { kind: p.kind, date: p.date } });
    return { id, status: 'returned' as const, placement };
  });
}
