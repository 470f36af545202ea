import type { Db } from '../../../db/client';
import { findAuditRows } from '../../../db/repositories/auditQuery';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { shanghaiTime } from '../../domain/shared/shanghaiTime';
import type { AuditQuery } from '../../routes/admin/schemas';

/** The audit log filtered by user, action, object, result and time (admin); times in UTC and Asia/Shanghai. */
export async function searchAudit(db: Db, _actor: SessionUser, q: AuditQuery) {
  const { limit, offset, user, ...rest } = q;
  const { total, rows } = await findAuditRows(db, { ...rest, actor: user }, limit, offset);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      atShanghai: shanghaiTime(r.at),
      actor: r.actor,
      role: r.role,
      action: r.action,
      objectType: r.objectType,
      objectId: r.objectId,
      result: r.result,
      detail: r.detail,
    })),
  };
}
