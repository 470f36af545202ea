import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { deleteKeysOlderThan } from '../../../db/repositories/idempotencyKeys';
import { idempotencyRetentionHours } from '../../domain/shared/idempotency';

/**
 * Deletes kept answers older than the retention (48 h): by then every offline queue has been
 * sent. Runs with the hourly session purge (api/server.ts); a purge that removed rows is audited.
 */
export function purgeIdempotencyKeys(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const count = await deleteKeysOlderThan(tx, idempotencyRetentionHours);
    if (count > 0) await appendAudit(tx, { actor: null, role: null, action: 'idempotency.purge', result: 'ok', detail: { count } });
    return count;
  });
}
