import { afterCommit, type Db } from '../../../db/client';

export type ClusterLayer = 'venues' | 'hazards';

interface Entry<T> {
  builtAt: number;
  generation: number;
  value: Promise<T>;
}

interface LayerCache {
  generation: number;
  entries: Map<string, Entry<unknown>>;
}

// Other API instances write to the same database without telling this one, so an index also
// expires after a short lifetime; writes in THIS process bump the generation and drop it at once.
const TTL_MS = 30_000;
// A few scope × filter combinations are hot (the official's unfiltered city view, one per area
// group); the rest are evicted oldest-first so filters cannot grow memory without bound.
const MAX_ENTRIES = 24;
const caches = new WeakMap<Db, Record<ClusterLayer, LayerCache>>();

function layerCache(db: Db, layer: ClusterLayer): LayerCache {
  let perDb = caches.get(db);
  if (!perDb) {
    perDb = { venues: { generation: 0, entries: new Map() }, hazards: { generation: 0, entries: new Map() } };
    caches.set(db, perDb);
  }
  return perDb[layer];
}

/** The cached index for `key`, built by `build` when missing, stale or older than the last write. */
export function cachedIndex<T>(db: Db, layer: ClusterLayer, key: string, build: () => Promise<T>, now = Date.now()): Promise<T> {
  const cache = layerCache(db, layer);
  const hit = cache.entries.get(key) as Entry<T> | undefined;
  if (hit && hit.generation === cache.generation && now - hit.builtAt <= TTL_MS) {
    // Re-insert: Map order is the eviction order (least recently used first).
    cache.entries.delete(key);
    cache.entries.set(key, hit);
    return hit.value;
  }
  const value = build();
  const entry: Entry<T> = { builtAt: now, generation: cache.generation, value };
  cache.entries.delete(key);
  cache.entries.set(key, entry);
  value.catch(() => {
    if (cache.entries.get(key) === entry) cache.entries.delete(key);
  });
  while (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  return value;
}

/**
 * Call after a committed write to the layer's table: the next map request rebuilds its index.
 * Inside a request-wide transaction (an idempotent write) it waits for that transaction's commit.
 */
export function invalidateClusters(db: Db, layer: ClusterLayer): void {
  afterCommit(db, (root) => {
    const cache = layerCache(root, layer);
    cache.generation += 1;
    cache.entries.clear();
  });
}
