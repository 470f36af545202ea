import { api, ApiError, unwrap } from '../api/client';
import type { QueuedWrite, Write } from './outboxStore';

/** What the server answers to each kind of write. */
export type VisitResult = Awaited<ReturnType<Awaited<ReturnType<typeof api.gas.visits.$post>>['json']>>;
export type HazardResult = Awaited<ReturnType<Awaited<ReturnType<typeof api.gas.hazards.$post>>['json']>>;
export type TransitionResult = Awaited<ReturnType<Awaited<ReturnType<(typeof api.gas.hazards)[':id']['transition']['$post']>>['json']>>;
export interface ResultOf {
  visit: VisitResult;
  hazard: HazardResult;
  transition: TransitionResult;
  photo: unknown;
}

/**
 * Sends one write with its Idempotency-Key: the server answers a repeated key with its first
 * answer, so a write whose answer was lost on the way back is not recorded twice.
 */
export async function sendWrite(w: Write & { key: string }): Promise<unknown> {
  const headers = { 'Idempotency-Key': w.key };
  switch (w.kind) {
    case 'visit':
      return unwrap(api.gas.visits.$post({ json: w.body }, { headers }));
    case 'hazard':
      return unwrap(api.gas.hazards.$post({ json: w.body }, { headers }));
    case 'transition':
      return unwrap(api.gas.hazards[':id'].transition.$post({ param: { id: String(w.hazardId) }, json: w.body }, { headers }));
    case 'photo': {
      if (w.hazardId === undefined) throw new Error('photo without its hazard');
      const photo = new File([w.blob], w.fileName, { type: w.blob.type || 'image/jpeg' });
      return unwrap(api.gas.hazards[':id'].photos.$post({ param: { id: String(w.hazardId) }, form: { stage: w.stage, photo } }, { headers }));
    }
  }
}

/**
 * Whether a failed write should simply be tried again later: no answer (offline, the server
 * unreachable), an expired session (401: sent again after the next login), the server busy or
 * failing (408, 429, 5xx). Any other answer is the server's refusal, shown to the inspector.
 */
export function retryLater(e: unknown): boolean {
  if (!(e instanceof ApiError)) return true;
  return e.status === 401 || e.status === 408 || e.status === 429 || e.status >= 500;
}

export function refusalOf(e: unknown): NonNullable<QueuedWrite['refusal']> {
  if (e instanceof ApiError) return { status: e.status, code: e.code, message: e.message };
  return { status: 0, code: 'client', message: e instanceof Error ? e.message : String(e) };
}
