import type { Db } from '../../../db/client';
import { venueCollection, type VenueFilter } from '../../../db/repositories/gasVenues';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { readScope } from './gasActor';

/** Venues the user may read (stored district, decided from the location), GeoJSON with a total. */
export async function listVenues(db: Db, user: SessionUser, filter: VenueFilter) {
  return venueCollection(db, readScope(user), filter);
}
