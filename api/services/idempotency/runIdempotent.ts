import { inRequestTransaction, type Db } from '../../../db/client';
import { claimKey, keepAnswer, keptAnswer } from '../../../db/repositories/idempotencyKeys';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { conflict, unprocessable } from '../../domain/shared/domainError';
import { keepsAnswer, sameRequest, type RequestFingerprint } from '../../domain/shared/idempotency';

/** An HTTP answer as it is kept and replayed. */
export interface KeptAnswer {
  status: number;
  contentType: string | null;
  body: string;
}

/** Carries a refusal out of the transaction so the key's claim is rolled back with it. */
class Refused {
  constructor(readonly answer: KeptAnswer) {}
}

/**
 * Runs a write once per (user, Idempotency-Key). The key is claimed, the write runs, and its
 * answer is kept — all in ONE transaction (the write's own transaction becomes a savepoint), so
 * a crash leaves either all three or none. A retry with the same key and request gets the kept
 * answer and writes nothing; the same key on another request is a 422 and writes nothing. A
 * refusal (non-2xx) is not kept: the claim rolls back and the key may be used again.
 */
export async function runIdempotent(
  db: Db,
  user: SessionUser,
  request: RequestFingerprint & { key: string },
  write: (tx: Db) => Promise<KeptAnswer>,
): Promise<{ answer: KeptAnswer; replayed: boolean }> {
  try {
    return await inRequestTransaction(db, async (tx) => {
      const claimed = await claimKey(tx, { userId: user.id, key: request.key, target: request.target, bodyHash: request.bodyHash });
      if (!claimed) {
        const kept = await keptAnswer(tx, user.id, request.key);
        if (!kept || kept.status === 0) {
          throw conflict('idempotency_in_progress', { zh: '同一 Idempotency-Key 的请求仍在处理中，请稍后重试', en: 'A request with this Idempotency-Key is still being processed; retry shortly' });
        }
        if (!sameRequest(kept, request)) {
          throw unprocessable('idempotency_key_reused', {
            zh: '该 Idempotency-Key 已用于另一个请求；新的请求请使用新的 Idempotency-Key',
            en: 'This Idempotency-Key was used for a different request; send a new request with a new key',
          });
        }
        return { answer: { status: kept.status, contentType: kept.contentType, body: kept.response }, replayed: true };
      }
      const answer = await write(tx);
      if (!keepsAnswer(answer.status)) throw new Refused(answer);
      await keepAnswer(tx, user.id, request.key, { status: answer.status, contentType: answer.contentType, response: answer.body });
      return { answer, replayed: false };
    });
  } catch (err) {
    if (err instanceof Refused) return { answer: err.answer, replayed: false };
    throw err;
  }
}
