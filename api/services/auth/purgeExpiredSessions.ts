import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { deleteExpiredSessions } from '../../../db/repositories/users';

/**
 * Deletes expired sessions. They no longer authenticate (resolveSession checks the expiry), but
 * each row ties a user to a login time, so it is kept no longer than it serves (PIPL Art. 19).
 * The server runs this at start and hourly; a purge that removed rows is audited.
 */
export function purgeExpiredSessions(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const count = await deleteExpiredSessions(tx);
    if (count > 0) await appendAudit(tx, { actor: null, role: null, action: 'sessions.purge', result: 'ok', detail: { count } });
    return count;
  });
}
