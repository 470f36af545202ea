import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { insertDutyCompletion } from '../../../db/repositories/educationDuties';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { analysisCountyOf } from '../../domain/education/educationScope';
import { conflict, invalid } from '../../domain/shared/domainError';
import type { Language } from '../../domain/shared/bilingual';
import type { DutyDoneBody } from '../../routes/education/schemas';
import { dutiesOnDay, dutyView } from './dutyCalendar';

/**
 * Marks one dated duty done; the completion and its audit record commit together. A county-bound
 * education user marks its own county's duties only (issue 14; 403 for another).
 */
export function markDutyDone(db: Db, user: SessionUser, body: DutyDoneBody, lang: Language) {
  analysisCountyOf(user, body.county);
  return db.transaction(async (tx) => {
    const year = Number(body.dueDate.slice(0, 4));
    const { duties } = await dutiesOnDay(tx, { county: body.county, township: body.township, year, asOf: body.doneOn });
    const duty = duties.find((d) => d.dutyId === body.dutyId && d.dueDate === body.dueDate);
    if (!duty) {
      throw invalid('unknown_duty', { zh: `该县区 ${year} 年没有 ${body.dueDate} 到期的职责 ${body.dutyId}，请从职责日历中选择`, en: `no duty ${body.dutyId} due ${body.dueDate} in this county's calendar; pick one from the duty calendar` }, 'dutyId');
    }
    const row = await insertDutyCompletion(tx, { countyCode: body.county, townshipCode: body.township ?? '', dutyId: body.dutyId, dueDate: body.dueDate, doneOn: body.doneOn, doneBy: user.username });
    if (!row) throw conflict('duty_already_done', { zh: '该职责已标记完成', en: 'This duty is already marked done' }, undefined, 'dutyId');
    await appendAudit(tx, {
      actor: user.username,
      role: user.role,
      action: 'education.duty.done',
      objectType: 'edu_duty_completion',
      objectId: row.id,
      result: 'ok',
      detail: { county: body.county, township: body.township ?? null, dutyId: body.dutyId, dueDate: body.dueDate, doneOn: body.doneOn },
    });
    return dutyView({ ...duty, status: 'done', doneOn: body.doneOn }, lang);
  });
}
