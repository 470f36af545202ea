import { asc, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditLog } from '../schema/audit';

export interface AuditEntry {
  actor: string | null;
  role: string | null;
  action: string;
  objectType?: string;
  objectId?: string | number;
  result: 'ok' | 'denied' | 'failed';
  detail?: Record<string, unknown>;
}

/** Appends to the audit trail; callers pass their transaction so the record commits with the write. */
export async function appendAudit(ex: Executor, entry: AuditEntry): Promise<void> {
  await ex.insert(auditLog).values({
    actor: entry.actor,
    role: entry.role,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId === undefined ? null : String(entry.objectId),
    result: entry.result,
    detail: entry.detail ?? null,
  });
}

export interface AuditRow {
  id: number;
  at: Date;
  actor: string | null;
  role: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  detail: unknown;
}

/** Rows older than the cutoff, oldest first (the archiving verb's input). */
export async function auditRowsBefore(ex: Executor, cutoff: Date): Promise<AuditRow[]> {
  return (await ex.select().from(auditLog).where(lt(auditLog.at, cutoff)).orderBy(asc(auditLog.id))) as AuditRow[];
}

/**
 * Deletes exactly the archived rows. Migration 0012's trigger allows DELETE on audit_log only in a
 * transaction that set haidong.audit_archive = 'on' (set_config(…, true): local to it).
 */
export async function deleteArchivedAudit(tx: Executor, ids: readonly number[]): Promise<number> {
  await tx.execute(sql`select set_config('haidong.audit_archive', 'on', true)`);
  let deleted = 0;
  for (let i = 0; i < ids.length; i += 10_000) {
    const chunk = ids.slice(i, i + 10_000);
    const gone = await tx.delete(auditLog).where(inArray(auditLog.id, chunk)).returning({ id: auditLog.id });
    deleted += gone.length;
  }
  return deleted;
}
