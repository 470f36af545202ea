import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditLog } from '../schema/audit';

export interface AuditFilter {
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  result?: string;
  /** UTC instants, from inclusive, to exclusive. */
  from?: Date;
  to?: Date;
}

function where(f: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (f.actor) parts.push(eq(auditLog.actor, f.actor));
  if (f.action) parts.push(eq(auditLog.action, f.action));
  if (f.objectType) parts.push(eq(auditLog.objectType, f.objectType));
  if (f.objectId) parts.push(eq(auditLog.objectId, f.objectId));
  if (f.result) parts.push(eq(auditLog.result, f.result));
  if (f.from) parts.push(gte(auditLog.at, f.from));
  if (f.to) parts.push(lt(auditLog.at, f.to));
  return parts.length ? and(...parts) : undefined;
}

/** Audit rows matching the filter, newest first, with the total. */
export async function findAuditRows(ex: Executor, f: AuditFilter, limit: number, offset: number) {
  const cond = where(f);
  const [{ n }] = (await ex.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(cond)) as [{ n: number }];
  const rows = await ex.select().from(auditLog).where(cond).orderBy(desc(auditLog.id)).limit(limit).offset(offset);
  return { total: Number(n), rows };
}
