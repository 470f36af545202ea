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
