import type { Db } from '../../../db/client';
import { hazardCollection } from '../../../db/repositories/gasHazards';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { HazardQuery } from '../../routes/gas/schemas';
import { haidongToday, readScope } from './gasActor';

/** The hazards the user may read, as GeoJSON with the total before paging. */
export async function listHazards(db: Db, user: SessionUser, { limit, offset, ...filter }: HazardQuery) {
  return hazardCollection(db, readScope(user), filter, haidongToday(), { limit, offset });
}
