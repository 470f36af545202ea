import type { Db } from '../../../db/client';
import { tokensOfUser } from '../../../db/repositories/apiTokens';
import { findUserById, listUserSessions as sessionsOf } from '../../../db/repositories/users';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { notFound } from '../../domain/shared/domainError';
import { userNotFound } from './userView';

/**
 * An account's live sessions and its API tokens (admin). A session is shown by a short handle of its id (the id is
 * a hash of the cookie token, so the handle cannot be used to log in).
 */
export async function listUserSessions(db: Db, _actor: SessionUser, id: number) {
  if (!(await findUserById(db, id))) throw notFound(userNotFound);
  const rows = await sessionsOf(db, id);
  const tokens = await tokensOfUser(db, id);
  return {
    sessions: rows.map((s) => ({ handle: s.id.slice(0, 12), createdAt: s.createdAt.toISOString(), expiresAt: s.expiresAt.toISOString() })),
    tokens: tokens.map((t) => ({ id: t.id, name: t.name, prefix: t.prefix, createdAt: t.createdAt.toISOString(), expiresAt: t.expiresAt.toISOString(), revoked: t.revokedAt !== null, lastUsedAt: t.lastUsedAt?.toISOString() ?? null })),
  };
}
