import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import type { Bilingual } from '../../api/domain/shared/bilingual';
import { enqueue, newKey, queuedWrites, removeWrite, saveWrite, type PhotoStage, type QueuedWrite, type Write } from './outboxStore';
import { refusalOf, retryLater, sendWrite, type ResultOf } from './sendWrite';
import { useOnline } from './useOnline';

/** How often a waiting write is tried again while the device believes it is online. */
const retryEveryMs = 30_000;

export type Submitted<K extends Write['kind']> = { sent: ResultOf[K] } | { queued: true };

interface OutboxState {
  /** This user's writes still on the device, oldest first. */
  writes: QueuedWrite[];
  /** Counts up each time a queued write reached the server: views that show server data reload on it. */
  synced: number;
  /**
   * Sends a write now when the device is online and nothing older is waiting; otherwise (or when
   * the network fails on the way) keeps it in the queue. A refusal of a write sent now is thrown
   * (an ApiError) for the form to show: the inspector is still looking at it.
   */
  submit<K extends Write['kind']>(write: Extract<Write, { kind: K }>, label: Bilingual): Promise<Submitted<K>>;
  /** A hazard and its photos: the photos follow the hazard, sent or queued. */
  submitHazard(body: Extract<Write, { kind: 'hazard' }>['body'], photos: { blob: Blob; fileName: string; stage: PhotoStage }[], label: Bilingual): Promise<Submitted<'hazard'>>;
  /** Sends the waiting writes in order now. */
  flush(): Promise<void>;
  retry(seq: number): Promise<void>;
  discard(seq: number): Promise<void>;
}

const OutboxContext = createContext<OutboxState | null>(null);

/**
 * The device's write queue (issue 10): visits, hazards with their photos and workflow moves
 * made without a connection wait in IndexedDB with their Idempotency-Key and are replayed in
 * order when the connection returns (the `online` event, a retry every 30 s, and at start).
 * A refusal stays in the list with the server's reason until the inspector retries or discards it.
 */
export function OutboxProvider({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const user = me?.username ?? null;
  const online = useOnline();
  const [writes, setWrites] = useState<QueuedWrite[]>([]);
  const [synced, setSynced] = useState(0);
  const flushing = useRef<Promise<void> | null>(null);

  const refresh = useCallback(async () => {
    setWrites(user ? await queuedWrites(user) : []);
  }, [user]);

  const flushOnce = useCallback(async () => {
    if (!user) return;
    let sent = 0;
    // Read again after each write: a recorded hazard gives its queued photos their hazard id.
    for (;;) {
      const w = (await queuedWrites(user)).find((x) => x.state === 'waiting' && !(x.kind === 'photo' && x.hazardId === undefined));
      if (!w) break;
      try {
        const result = await sendWrite(w);
        await removeWrite(w.seq!);
        sent++;
        if (w.kind === 'hazard') await adoptPhotos(user, w.key, (result as ResultOf['hazard']).id);
      } catch (e) {
        if (retryLater(e)) break;
        await saveWrite({ ...w, state: 'refused', refusal: refusalOf(e) });
      }
    }
    if (sent) setSynced((n) => n + 1);
    await refresh();
  }, [user, refresh]);

  const flush = useCallback(() => {
    // One replay at a time: a second trigger waits for the first instead of sending twice.
    flushing.current ??= flushOnce().finally(() => {
      flushing.current = null;
    });
    return flushing.current;
  }, [flushOnce]);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    if (online) void flush();
  }, [online, flush]);
  const waiting = writes.some((w) => w.state === 'waiting');
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => navigator.onLine && void flush(), retryEveryMs);
    return () => clearInterval(timer);
  }, [waiting, flush]);

  const submitOne = useCallback(
    async (write: Write, label: Bilingual): Promise<{ sent: unknown; key: string } | { queued: true; key: string }> => {
      if (!user) throw new Error('not logged in');
      const key = newKey();
      const ahead = (await queuedWrites(user)).some((w) => w.state === 'waiting');
      if (navigator.onLine && !ahead) {
        try {
          return { sent: await sendWrite({ ...write, key }), key };
        } catch (e) {
          if (!retryLater(e) || (e instanceof ApiError && e.status === 401)) throw e;
        }
      }
      await enqueue({ ...write, key, user, createdAt: new Date().toISOString(), label, state: 'waiting' });
      await refresh();
      return { queued: true, key };
    },
    [user, refresh],
  );

  const submit = useCallback(
    async <K extends Write['kind']>(write: Extract<Write, { kind: K }>, label: Bilingual): Promise<Submitted<K>> => {
      const r = await submitOne(write, label);
      return 'sent' in r ? { sent: r.sent as ResultOf[K] } : { queued: true };
    },
    [submitOne],
  );

  const submitHazard = useCallback<OutboxState['submitHazard']>(
    async (body, photos, label) => {
      const r = await submitOne({ kind: 'hazard', body }, label);
      const hazardId = 'sent' in r ? (r.sent as ResultOf['hazard']).id : undefined;
      for (const [i, p] of photos.entries()) {
        const photoLabel = { zh: `${label.zh} · 照片 ${i + 1}`, en: `${label.en} · photo ${i + 1}` };
        if (hazardId === undefined) {
          await enqueue({ kind: 'photo', parentKey: r.key, ...p, key: newKey(), user: user!, createdAt: new Date().toISOString(), label: photoLabel, state: 'waiting' });
        } else {
          // A photo refused now (type, size) is kept in the list with its reason; the hazard is recorded.
          await submitOne({ kind: 'photo', hazardId, ...p }, photoLabel).catch((e: unknown) =>
            enqueue({ kind: 'photo', hazardId, ...p, key: newKey(), user: user!, createdAt: new Date().toISOString(), label: photoLabel, state: 'refused', refusal: refusalOf(e) }),
          );
        }
      }
      await refresh();
      return 'sent' in r ? { sent: r.sent as ResultOf['hazard'] } : { queued: true };
    },
    [submitOne, user, refresh],
  );

  const retry = useCallback(
    async (seq: number) => {
      const w = writes.find((x) => x.seq === seq);
      if (!w) return;
      await saveWrite({ ...w, state: 'waiting', refusal: undefined });
      await flush();
    },
    [writes, flush],
  );
  const discard = useCallback(
    async (seq: number) => {
      const w = writes.find((x) => x.seq === seq);
      await removeWrite(seq);
      // The photos of a hazard that will never be recorded go with it.
      if (w?.kind === 'hazard') for (const p of writes) if (p.kind === 'photo' && p.parentKey === w.key) await removeWrite(p.seq!);
      await refresh();
    },
    [writes, refresh],
  );

  const value = useMemo(() => ({ writes, synced, submit, submitHazard, flush, retry, discard }), [writes, synced, submit, submitHazard, flush, retry, discard]);
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

/** The photos queued behind a hazard learn its id once the server has recorded it. */
async function adoptPhotos(user: string, hazardKey: string, hazardId: number): Promise<void> {
  for (const p of await queuedWrites(user)) if (p.kind === 'photo' && p.parentKey === hazardKey) await saveWrite({ ...p, hazardId });
}

export function useOutbox(): OutboxState {
  const ctx = useContext(OutboxContext);
  if (!ctx) throw new Error('useOutbox outside OutboxProvider');
  return ctx;
}
