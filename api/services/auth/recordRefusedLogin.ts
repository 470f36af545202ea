import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';

/**
 * Audits a login refused before it reached the login verb (input the database cannot hold): every
 * login attempt leaves a record (GB/T 22239-2019 8.1.4.3), and the name is not recorded because
 * it is the refused input.
 */
export async function recordRefusedLogin(db: Db, reason: string): Promise<void> {
  await appendAudit(db, { actor: null, role: null, action: 'login', result: 'failed', detail: { reason } });
}
