import type { Db } from '../../../db/client';
import { findSessionUser } from '../../../db/repositories/users';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { cachedSession, rememberSession } from './sessionCache';
import { sessionIdOf } from './sessionToken';

/** The user behind a session cookie's token, or undefined when it is unknown or expired. */
export async function resolveSession(db: Db, token: string): Promise<SessionUser | undefined> {
  const id = sessionIdOf(token);
  const cached = cachedSession(id);
  if (cached) return cached;
  const user = await findSessionUser(db, id);
  if (user) rememberSession(id, user);
  return user;
}
