import { createHash, randomBytes } from 'node:crypto';

/** Personal API tokens start with this, so a leaked one is recognisable in logs and scanners. */
export const API_TOKEN_PREFIX = 'hdt_';

export function newApiToken(): { token: string; hash: string; prefix: string } {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: apiTokenHash(token), prefix: token.slice(0, 10) };
}

/** Only the sha-256 is stored: the token is shown once and a leaked table cannot be replayed. */
export function apiTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
