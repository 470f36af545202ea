/**
 * Login throttling policy (issue 2, hardened in issue 14). Kept as data so a deployment can
 * tighten it without touching the login verb; no I/O.
 *
 * - Per account name: 5 password checks that fail within 15 minutes lock the name for 15
 *   minutes. The name is lowercased and throttled whether or not an account has it, and the
 *   answer is the same, so a lock tells nothing about which accounts exist.
 * - Per client address: `addressMaxFailures` failed checks within the window answer 429 for
 *   the rest of the window (GB/T 22239-2019 8.1.4.1 c: limit illegal login attempts).
 */
export interface LoginPolicy {
  maxFailures: number;
  lockMinutes: number;
  addressMaxFailures: number;
  windowMinutes: number;
}

export const loginPolicy = {
  maxFailures: 5,
  lockMinutes: 15,
  addressMaxFailures: 30,
  windowMinutes: 15,
} as const satisfies LoginPolicy;

/** The throttle rows an attempt counts against. */
export function throttleKeys(username: string, address: string): { user: string; address: string } {
  return { user: `user:${username.trim().toLowerCase()}`, address: `addr:${address}` };
}
