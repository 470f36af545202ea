import type { Db } from '../../../db/client';
import { nearbyVenues } from '../../../db/repositories/gasVenueFacts';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { NearbyQuery } from '../../routes/gas/schemas';
import { readScope } from './gasActor';

/**
 * The venues nearest to the device, within the user's districts only (an inspector never sees
 * another district's venue however close), with the distance in metres, nearest first.
 */
export async function listNearbyVenues(db: Db, user: SessionUser, q: NearbyQuery) {
  const rows = await nearbyVenues(db, readScope(user), { lon: q.lon, lat: q.lat }, q.limit);
  return { items: rows.map((r) => ({ ...r, distanceM: Math.round(r.distanceM) })) };
}
