import type { Executor } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { childRecord } from '../../../db/repositories/educationCases';
import { maskIdNumber } from '../../domain/education/idNumber';
import type { Actor } from './runCrossCheck';
import { caseOrThrow, caseProgress } from './loadCase';

/**
 * The record of one case and its child; every view is written to the audit log (PIPL Art. 28).
 * The ID number stays masked even here: its birth date and region re-identify a child, so the
 * full number is given only by an explicit, separately audited reveal.
 */
export async function viewCase(tx: Executor, actor: Actor, id: number, asOf: string) {
  const c = await caseOrThrow(tx, id);
  const child = c.childId === null ? null : await childRecord(tx, c.childId);
  await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'education.case.view', objectType: 'edu_case', objectId: id, result: 'ok' });
  const { idNumber, ...caseRest } = c;
  const childRest = child ? (({ idNumber: _full, ...rest }) => rest)(child) : null;
  return {
    case: { ...caseRest, idNumberMasked: maskIdNumber(idNumber) },
    child: childRest,
    ...(await caseProgress(tx, c, asOf)),
  };
}

/** Reveals the full ID number and name of a case (for a list row); audited. */
export async function revealCase(tx: Executor, actor: Actor, id: number) {
  const c = await caseOrThrow(tx, id);
  await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'education.case.reveal', objectType: 'edu_case', objectId: id, result: 'ok' });
  return { id: c.id, idNumber: c.idNumber, name: c.name, birthDate: c.birthDate };
}
