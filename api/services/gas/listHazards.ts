import type { Db } from '../../../db/client';
import { hazardCollection, type HazardFilter } from '../../../db/repositories/gasHazards';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { haidongToday, readScope } from './gasActor';

/** The hazards the user may read, as GeoJSON with the total before paging. */
export async function listHazards(db: Db, user: SessionUser, filter: HazardFilter, page: { limit: number; offset: number }) {
  return hazardCollection(db, readScope(user), filter, haidongToday(), page);
}
