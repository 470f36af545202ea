import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { childRecord } from '../../../db/repositories/educationCases';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { maskIdNumber } from '../../domain/education/idNumber';
import { defaultAsOf } from './defaultAsOf';
import { caseOrThrow, caseProgress } from './loadCase';

/**
 * The record of one case and its child; every view is written to the audit log (PIPL Art. 28).
 * The ID number stays masked even here: its birth date and region re-identify a child, so the
 * full number is given only by an explicit, separately audited reveal (revealCase.ts).
 */
export function viewCase(db: Db, user: SessionUser, id: number) {
  return db.transaction(async (tx) => {
    const c = await caseOrThrow(tx, user, id);
    const child = c.childId === null ? null : await childRecord(tx, c.childId);
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.case.view', objectType: 'edu_case', objectId: id, result: 'ok' });
    const { idNumber, ...caseRest } = c;
    const childRest = child ? (({ idNumber: _full, ...rest }) => rest)(child) : null;
    return {
      case: { ...caseRest, idNumberMasked: maskIdNumber(idNumber) },
      child: childRest,
      ...(await caseProgress(tx, c, await defaultAsOf(tx))),
    };
  });
}
