import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { csvFile } from '../../domain/shared/documentText';
import type { AuditQuery } from '../../routes/admin/schemas';
import { searchAudit } from './searchAudit';

/** The filtered audit log as CSV (at most 50,000 rows), times in Asia/Shanghai and UTC; the export is audited. */
export async function exportAuditCsv(db: Db, actor: SessionUser, q: AuditQuery): Promise<Uint8Array> {
  const { rows } = await searchAudit(db, actor, { ...q, limit: 50_000, offset: 0 });
  await appendAudit(db, { actor: actor.username, role: actor.role, action: 'audit.export', result: 'ok', detail: { filter: q, rows: rows.length } });
  return csvFile([
    ['时间（北京时间）', 'time (UTC)', '用户 user', '角色 role', '操作 action', '对象类型 object type', '对象 object id', '结果 result', '详情 detail'],
    ...rows.map((r) => [r.atShanghai, r.at, r.actor, r.role, r.action, r.objectType, r.objectId, r.result, r.detail === null ? '' : JSON.stringify(r.detail)]),
  ]);
}
