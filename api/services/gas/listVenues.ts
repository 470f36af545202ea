import type { Db } from '../../../db/client';
import { venueCollection } from '../../../db/repositories/gasVenues';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { VenueQuery } from '../../routes/gas/schemas';
import { readScope } from './gasActor';

/** Venues the user may read (stored district, decided from the location), GeoJSON with a total. */
export async function listVenues(db: Db, user: SessionUser, q: VenueQuery) {
  return venueCollection(db, readScope(user), q);
}
