import type { Db } from '../../../db/client';
import { tokensOfUser } from '../../../db/repositories/apiTokens';
import type { SessionUser } from '../../domain/auth/sessionUser';

/** The caller's own API tokens (never the secret), with whether each still works. */
export async function listApiTokens(db: Db, user: SessionUser, now = new Date()) {
  const rows = await tokensOfUser(db, user.id);
  return rows.map((r) => ({ ...r, active: r.revokedAt === null && r.expiresAt.getTime() > now.getTime() }));
}
