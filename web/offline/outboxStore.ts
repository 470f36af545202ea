import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { api } from '../api/client';
import type { Bilingual } from '../../api/domain/shared/bilingual';

export type VisitBody = Parameters<typeof api.gas.visits.$post>[0]['json'];
export type HazardBody = Parameters<typeof api.gas.hazards.$post>[0]['json'];
export type TransitionBody = Parameters<(typeof api.gas.hazards)[':id']['transition']['$post']>[0]['json'];
export type { PhotoStage } from '../../api/domain/gas/vocabulary';
import type { PhotoStage } from '../../api/domain/gas/vocabulary';

/** A write as the device keeps it until the server has it. */
export type Write =
  | { kind: 'visit'; body: VisitBody }
  | { kind: 'hazard'; body: HazardBody }
  | { kind: 'transition'; hazardId: number; body: TransitionBody }
  /** A photo of a hazard known to the server (`hazardId`) or of one still queued (`parentKey`, its hazard's key). */
  | { kind: 'photo'; hazardId?: number; parentKey?: string; stage: PhotoStage; blob: Blob; fileName: string };

/** Why the server refused a queued write: its own words, kept for the inspector to read. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

export type QueuedWrite = Write & {
  /** Insertion order; writes are replayed in it. */
  seq?: number;
  /** The write's Idempotency-Key, made once on the device, sent with every attempt. */
  key: string;
  /** Whose write it is: only that user's session replays it. */
  user: string;
  createdAt: string;
  /** What the inspector sees in the list. */
  label: Bilingual;
  state: 'waiting' | 'refused';
  refusal?: Refusal;
};

interface OutboxDb extends DBSchema {
  writes: { key: number; value: QueuedWrite };
}

let db: Promise<IDBPDatabase<OutboxDb>> | undefined;
const open = () => (db ??= openDB<OutboxDb>('haidong-outbox', 1, { upgrade: (d) => void d.createObjectStore('writes', { keyPath: 'seq', autoIncrement: true }) }));

export async function queuedWrites(user: string): Promise<QueuedWrite[]> {
  const all = await (await open()).getAll('writes');
  return all.filter((w) => w.user === user).sort((a, b) => a.seq! - b.seq!);
}

export async function enqueue(write: QueuedWrite): Promise<void> {
  await (await open()).add('writes', write);
}

export async function saveWrite(write: QueuedWrite): Promise<void> {
  await (await open()).put('writes', write);
}

export async function removeWrite(seq: number): Promise<void> {
  await (await open()).delete('writes', seq);
}

/** An Idempotency-Key; `crypto.randomUUID` needs a secure context (HTTPS or localhost), so a plain-HTTP test install gets a v4 UUID from getRandomValues. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
