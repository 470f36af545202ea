import Supercluster from 'supercluster';
import type { Db } from '../../../db/client';
import { allVenues } from '../../../db/repositories/gasVenues';
import type { Scope } from '../../domain/gas/accessScope';
import type { VenueType } from '../../domain/gas/vocabulary';
import type { SessionUser } from '../../http/context';
import { readScope } from './gasActor';

interface VenuePointProps {
  id: number;
  name: string;
  venueType: VenueType;
  districtCode: string;
}

interface CachedIndex {
  builtAt: number;
  index: Supercluster<VenuePointProps>;
}

// One index per database, scope and type filter: an area inspector's index never holds another
// district's venues. Venues change only by seeding, so a short lifetime is enough.
const cache = new WeakMap<Db, Map<string, Promise<CachedIndex>>>();
const TTL_MS = 60_000;

function scopeKey(scope: Scope, venueType?: VenueType): string {
  const s = 'all' in scope ? 'all' : 'districts' in scope ? scope.districts.join(',') : 'none';
  return `${s}|${venueType ?? ''}`;
}

async function buildIndex(db: Db, scope: Scope, venueType?: VenueType): Promise<CachedIndex> {
  const venues = await allVenues(db, scope, venueType);
  const index = new Supercluster<VenuePointProps>({ radius: 60, maxZoom: 15 });
  index.load(
    venues.map((v) => ({
      type: 'Feature' as const,
      properties: { id: v.id, name: v.name, venueType: v.venueType, districtCode: v.districtCode },
      geometry: { type: 'Point' as const, coordinates: [Number(v.lon), Number(v.lat)] },
    })),
  );
  return { builtAt: Date.now(), index };
}

/** Clustered venues for the map at a zoom level: the browser never receives every venue at once. */
export async function venueClusters(
  db: Db,
  user: SessionUser,
  q: { bbox: [number, number, number, number]; zoom: number; venueType?: VenueType },
) {
  const scope = readScope(user);
  const perDb = cache.get(db) ?? new Map<string, Promise<CachedIndex>>();
  cache.set(db, perDb);
  const key = scopeKey(scope, q.venueType);
  let entry = perDb.get(key);
  if (!entry || Date.now() - (await entry).builtAt > TTL_MS) {
    entry = buildIndex(db, scope, q.venueType);
    perDb.set(key, entry);
    entry.catch(() => perDb.delete(key));
  }
  const { index } = await entry;
  return { type: 'FeatureCollection' as const, features: index.getClusters(q.bbox, Math.floor(q.zoom)) };
}
