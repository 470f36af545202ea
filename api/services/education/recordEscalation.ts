import type { Executor } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { insertCaseStep } from '../../../db/repositories/educationCases';
import { conflict } from '../../domain/shared/domainError';
import type { Actor } from './runCrossCheck';
import { invalidateEducationAnalyses } from './storedCoverage';
import { caseOrThrow, caseProgress } from './loadCase';

const eventDocument: Record<string, string | null> = { notice_issued: '《限期入学通知书》', home_visit_failed: null };

/** Records an escalation action done, or an event (home visits failed, notice issued). */
export async function recordEscalation(
  tx: Executor,
  actor: Actor,
  id: number,
  body: { action: string; date: string } | { event: string; date: string },
  asOf: string,
) {
  const c = await caseOrThrow(tx, id, true);
  if (c.status !== 'open') throw conflict('case_not_open', { zh: '案件已结束，不能再记录', en: 'The case is no longer open' });
  const isEvent = 'event' in body;
  const action = isEvent ? body.event : body.action;
  await insertCaseStep(tx, { caseId: id, stepKind: isEvent ? 'event' : 'escalation', action, document: isEvent ? (eventDocument[action] ?? null) : null, date: body.date, recordedBy: actor.username });
  await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'education.case.escalation', objectType: 'edu_case', objectId: id, result: 'ok', detail: { step: action, date: body.date } });
  invalidateEducationAnalyses();
  return caseProgress(tx, c, asOf);
}
