import type { SessionUser } from '../../domain/auth/sessionUser';

/**
 * A few seconds of in-process memory of resolved sessions, so a burst of requests from one
 * user does not look the session up in the database every time (the lookup dominated cheap
 * endpoints like the fee quote). Logout in this process forgets the session at once; another
 * instance on the same database may still accept a logged-out cookie for at most TTL_MS.
 */
const TTL_MS = 3_000;
const MAX_ENTRIES = 10_000;
const cache = new Map<string, { user: SessionUser; until: number }>();

export function cachedSession(id: string, now = Date.now()): SessionUser | undefined {
  const hit = cache.get(id);
  if (!hit) return undefined;
  if (hit.until <= now) {
    cache.delete(id);
    return undefined;
  }
  return hit.user;
}

export function rememberSession(id: string, user: SessionUser, now = Date.now()): void {
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(id, { user, until: now + TTL_MS });
}

export function forgetSession(id: string): void {
  cache.delete(id);
}
