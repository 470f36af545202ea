import { invalid } from './domainError';

/**
 * Idempotency keys (IETF draft-ietf-httpapi-idempotency-key-header): a client that may retry a
 * write (the phone's offline queue) sends the same `Idempotency-Key` each time; the first answer
 * is kept and replayed, so the write happens once. Pure rules; the store is
 * api/services/idempotency/runIdempotent.ts.
 */

export const idempotencyHeader = 'Idempotency-Key';
export const replayedHeader = 'Idempotency-Replayed';

/** A kept answer is replayed this long; the hourly purge deletes older keys (offline stretches of a day or two). */
export const idempotencyRetentionHours = 48;

/** 1–200 visible ASCII characters (a UUID, a ULID, a client counter …). */
const keySyntax = /^[\x21-\x7e]{1,200}$/;

/** The key as sent, or a 400 naming the header when it is malformed. */
export function checkIdempotencyKey(value: string): string {
  if (!keySyntax.test(value)) {
    throw invalid(
      'invalid_idempotency_key',
      { zh: 'Idempotency-Key 须为 1–200 个可见 ASCII 字符（如 UUID）', en: 'Idempotency-Key must be 1–200 visible ASCII characters (e.g. a UUID)' },
      idempotencyHeader,
    );
  }
  return value;
}

/** What identifies one write: the route it was sent to and a hash of its body. */
export interface RequestFingerprint {
  target: string;
  bodyHash: string;
}

/** Whether a retry carries the same request as the one whose answer is kept. */
export const sameRequest = (kept: RequestFingerprint, retry: RequestFingerprint): boolean =>
  kept.target === retry.target && kept.bodyHash === retry.bodyHash;

/** Only a success is kept: a refusal writes nothing, so the same key may be sent again later. */
export const keepsAnswer = (status: number): boolean => status >= 200 && status < 300;
