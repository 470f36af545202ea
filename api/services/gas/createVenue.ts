import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { districtAt, insertVenue, venueById } from '../../../db/repositories/gasVenues';
import { canWrite } from '../../domain/gas/accessScope';
import { isDistrictCode } from '../../domain/geo/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { VenueInput } from '../../routes/gas/schemas';
import { invalid, forbidden } from '../../domain/shared/domainError';
import { invalidateClusters } from './clusterCache';
import { invalidateTiles } from '../geo/tileCache';
import { gasActor, haidongToday, readScope } from './gasActor';

/**
 * Registers a venue found on site. Its district follows from the LOCATION (park first, else the
 * county; 东政办〔2023〕98号 §二(一)2), never from a client field: outside every district → 400,
 * outside the user's districts → 403; venue and audit record commit together.
 */
export async function createVenue(db: Db, user: SessionUser, input: VenueInput) {
  readScope(user);
  if (input.lastSafetyCheckOn && input.lastSafetyCheckOn > haidongToday()) {
    throw invalid('check_in_future', { zh: '上次入户安检日期不能晚于今天', en: 'The last safety check cannot be after today' }, 'lastSafetyCheckOn');
  }
  const { lon, lat } = input.location;
  const id = await db.transaction(async (tx) => {
    const at = await districtAt(tx, lon, lat);
    if (!at || !isDistrictCode(at.districtCode)) {
      throw invalid('outside_districts', { zh: '该位置不在海东市任何督查片区内', en: 'The location is outside every Haidong inspection district' }, 'location');
    }
    if (!canWrite(gasActor(user), at.districtCode)) throw forbidden('location');
    const venueId = await insertVenue(
      tx,
      { name: input.name, venueType: input.venueType, pipelineUserKind: input.pipelineUserKind, lastSafetyCheckOn: input.lastSafetyCheckOn ?? null, address: input.address ?? null, lon, lat },
      at,
    );
    await appendAudit(tx, {
      actor: user.username,
      role: user.role,
      action: 'gas.venue.create',
      objectType: 'gas_venue',
      objectId: venueId,
      result: 'ok',
      detail: { district: at.districtCode, venueType: input.venueType },
    });
    return venueId;
  });
  invalidateClusters(db, 'venues');
  invalidateTiles(db, 'venues');
  return (await venueById(db, id))!;
}
