import Supercluster from 'supercluster';
import type { Db } from '../../../db/client';
import { allVenues } from '../../../db/repositories/gasVenues';
import type { Scope } from '../../domain/gas/accessScope';
import type { VenueType } from '../../domain/gas/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { cachedIndex } from './clusterCache';
import { readScope } from './gasActor';

interface VenuePointProps {
  id: number;
  name: string;
  venueType: VenueType;
  districtCode: string;
}

function scopeKey(scope: Scope, venueType?: VenueType): string {
  const s = 'all' in scope ? 'all' : 'districts' in scope ? scope.districts.join(',') : 'none';
  return `${s}|${venueType ?? ''}`;
}

async function buildIndex(db: Db, scope: Scope, venueType?: VenueType): Promise<Supercluster<VenuePointProps>> {
  const venues = await allVenues(db, scope, venueType);
  const index = new Supercluster<VenuePointProps>({ radius: 60, maxZoom: 15 });
  index.load(
    venues.map((v) => ({
      type: 'Feature' as const,
      properties: { id: v.id, name: v.name, venueType: v.venueType, districtCode: v.districtCode },
      geometry: { type: 'Point' as const, coordinates: [Number(v.lon), Number(v.lat)] },
    })),
  );
  return index;
}

/** Clustered venues for the map at a zoom level: the browser never receives every venue at once. */
export async function venueClusters(
  db: Db,
  user: SessionUser,
  q: { bbox: [number, number, number, number]; zoom: number; venueType?: VenueType },
) {
  const scope = readScope(user);
  // One index per database, scope and type filter: an area inspector's index never holds another
  // district's venues. Creating a venue invalidates it (clusterCache); other instances' writes
  // show after the cache's short lifetime.
  const index = await cachedIndex(db, 'venues', scopeKey(scope, q.venueType), () => buildIndex(db, scope, q.venueType));
  return { type: 'FeatureCollection' as const, features: index.getClusters(q.bbox, Math.floor(q.zoom)) };
}
