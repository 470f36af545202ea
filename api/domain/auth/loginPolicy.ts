/**
 * Account lock-out policy (issue 2): 5 failed logins lock the account for 15 minutes.
 * Kept as data so a deployment can tighten it without touching the login verb.
 */
export const loginPolicy = {
  maxFailures: 5,
  lockMinutes: 15,
} as const;

/** Pure: is the account locked at `now`? */
export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
