import type { Executor } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { childRecord } from '../../../db/repositories/educationCases';
import type { Actor } from './runCrossCheck';
import { caseOrThrow, caseProgress } from './loadCase';

/** The full record of one case and its child; every view is written to the audit log (PIPL Art. 28). */
export async function viewCase(tx: Executor, actor: Actor, id: number, asOf: string) {
  const c = await caseOrThrow(tx, id);
  const child = c.childId === null ? null : await childRecord(tx, c.childId);
  await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'education.case.view', objectType: 'edu_case', objectId: id, result: 'ok' });
  return { case: c, child: child ?? null, ...(await caseProgress(tx, c, asOf)) };
}

/** Reveals the full ID number and name of a case (for a list row); audited. */
export async function revealCase(tx: Executor, actor: Actor, id: number) {
  const c = await caseOrThrow(tx, id);
  await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'education.case.reveal', objectType: 'edu_case', objectId: id, result: 'ok' });
  return { id: c.id, idNumber: c.idNumber, name: c.name, birthDate: c.birthDate };
}
