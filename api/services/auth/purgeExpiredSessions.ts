import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { deleteStaleThrottles } from '../../../db/repositories/loginThrottle';
import { deleteExpiredSessions } from '../../../db/repositories/users';
import { loginPolicy } from '../../domain/auth/loginPolicy';

/**
 * Deletes expired sessions. They no longer authenticate (resolveSession checks the expiry), but
 * each row ties a user to a login time, so it is kept no longer than it serves (PIPL Art. 19).
 * The server runs this at start and hourly; a purge that removed rows is audited. Login throttle
 * rows whose window and lock are over go too (they limit nothing any more).
 */
export function purgeExpiredSessions(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const count = await deleteExpiredSessions(tx);
    await deleteStaleThrottles(tx, loginPolicy.windowMinutes);
    if (count > 0) await appendAudit(tx, { actor: null, role: null, action: 'sessions.purge', result: 'ok', detail: { count } });
    return count;
  });
}
