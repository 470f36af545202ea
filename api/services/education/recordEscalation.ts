import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { insertCaseStep } from '../../../db/repositories/educationCases';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { noticeKindLabels, type EscalationEvent } from '../../domain/education/vocabulary';
import { conflict } from '../../domain/shared/domainError';
import type { EscalationBody } from '../../routes/education/schemas';
import { defaultAsOf } from './defaultAsOf';
import { educationWrite } from './educationWrite';
import { caseOrThrow, caseProgress } from './loadCase';

/** The document an event is recorded with: issuing the notice is issuing 《限期入学通知书》 (海东 Art. 12(八)). */
const eventDocument: Record<EscalationEvent, string | null> = { notice_issued: `《${noticeKindLabels.deadline_notice.zh}》`, home_visit_failed: null };

/** Records an escalation action done, or an event (home visits failed, notice issued); audited. */
export function recordEscalation(db: Db, user: SessionUser, id: number, body: EscalationBody) {
  return educationWrite(db, async (tx) => {
    const c = await caseOrThrow(tx, user, id, true);
    if (c.status !== 'open') throw conflict('case_not_open', { zh: '案件已结束，不能再记录', en: 'The case is no longer open' });
    const step = 'event' in body ? { stepKind: 'event' as const, action: body.event, document: eventDocument[body.event] } : { stepKind: 'escalation' as const, action: body.action, document: null };
    await insertCaseStep(tx, { caseId: id, ...step, date: body.date, recordedBy: user.username });
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.case.escalation', objectType: 'edu_case', objectId: id, result: 'ok', detail: { step: step.action, date: body.date } });
    return caseProgress(tx, c, await defaultAsOf(tx));
  });
}
