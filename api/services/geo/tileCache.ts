import type { Db } from '../../../db/client';
import type { TileLayer } from '../../domain/geo/tiles';

// Built tiles (gzipped; null = empty) per database, layer and scope, least recently used first out.
// A committed write to a layer's table drops that layer's tiles (`invalidateTiles`), so a tile is
// never older than the last write the server saw. Each server process keeps its own cache.

const MAX_ENTRIES = 20_000;

interface LayerCache {
  generation: number;
  entries: Map<string, Promise<Uint8Array | null>>;
}

const caches = new WeakMap<Db, Map<TileLayer, LayerCache>>();

function layerCache(db: Db, layer: TileLayer): LayerCache {
  let m = caches.get(db);
  if (!m) caches.set(db, (m = new Map()));
  let c = m.get(layer);
  if (!c) m.set(layer, (c = { generation: 0, entries: new Map() }));
  return c;
}

/** The cached tile for this key, or the one `build` makes (a failed build is not kept). */
export function cachedTile(db: Db, layer: TileLayer, key: string, build: () => Promise<Uint8Array | null>): Promise<Uint8Array | null> {
  const cache = layerCache(db, layer);
  const hit = cache.entries.get(key);
  if (hit) {
    cache.entries.delete(key);
    cache.entries.set(key, hit);
    return hit;
  }
  const generation = cache.generation;
  const value = build();
  cache.entries.set(key, value);
  value.then(
    () => {
      // A write committed while this tile was being built: do not keep a possibly stale tile.
      if (cache.generation !== generation) cache.entries.delete(key);
    },
    () => cache.entries.delete(key),
  );
  while (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  return value;
}

/** Call after a committed write to a layer's table. */
export function invalidateTiles(db: Db, ...layers: TileLayer[]): void {
  for (const layer of layers) {
    const cache = layerCache(db, layer);
    cache.generation += 1;
    cache.entries.clear();
  }
}
