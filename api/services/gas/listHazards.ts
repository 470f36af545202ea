import type { Db } from '../../../db/client';
import { hazardCollection } from '../../../db/repositories/gasHazards';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { HazardQuery } from '../../routes/gas/schemas';
import { haidongToday, readScope } from './gasActor';
import { judgedOn } from '../../domain/gas/statusAsOf';

/** The hazards the user may read, as GeoJSON: one page (offset or keyset), the total, the next cursor. */
export async function listHazards(db: Db, user: SessionUser, { limit, offset, cursor, ...filter }: HazardQuery) {
  return hazardCollection(db, readScope(user), filter, judgedOn(filter.asOf, haidongToday()), { limit, offset, after: cursor });
}
