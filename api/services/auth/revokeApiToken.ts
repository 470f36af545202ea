import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { revokeTokenOfUser } from '../../../db/repositories/apiTokens';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { notFound } from '../../domain/shared/domainError';

/** Revokes one of the caller's own tokens (another user's token or an already revoked one → 404), audited. */
export async function revokeApiToken(db: Db, user: SessionUser, id: number) {
  return db.transaction(async (tx) => {
    const row = await revokeTokenOfUser(tx, user.id, id);
    if (!row) throw notFound({ zh: 'API 令牌', en: 'API token' });
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'api_token.revoke', objectType: 'api_token', objectId: id, result: 'ok', detail: { name: row.name } });
    return { id, revoked: true };
  });
}
