import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { insertApiToken } from '../../../db/repositories/apiTokens';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { ApiTokenBody } from '../../routes/authSchemas';
import { newApiToken } from './apiTokenSecret';

/** Creates a personal API token; the secret is in this answer only (stored hashed) and the creation is audited. */
export async function createApiToken(db: Db, user: SessionUser, input: ApiTokenBody, now = new Date()) {
  const { token, hash, prefix } = newApiToken();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
  return db.transaction(async (tx) => {
    const row = await insertApiToken(tx, { hash, prefix, userId: user.id, name: input.name, expiresAt });
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'api_token.create', objectType: 'api_token', objectId: row.id, result: 'ok', detail: { name: input.name, expiresAt: expiresAt.toISOString() } });
    return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt, expiresAt: row.expiresAt, token };
  });
}
