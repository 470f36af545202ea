import type { Db } from '../../../db/client';
import { findTokenUser } from '../../../db/repositories/apiTokens';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { apiTokenHash } from './apiTokenSecret';

/**
 * The owner behind a bearer token, or undefined when it is unknown, revoked or expired. Not
 * cached: a revocation takes effect on the next request.
 */
export function resolveApiToken(db: Db, token: string): Promise<SessionUser | undefined> {
  return findTokenUser(db, apiTokenHash(token));
}
