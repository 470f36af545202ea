import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { insertParcel, parcelIdByCode } from '../../../db/repositories/underground';
import { conflict } from '../../domain/shared/domainError';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { ParcelInputBody } from '../../routes/underground/schemas';
import { parcelRow } from './parcelRow';
import { prepareParcel } from './prepareParcel';
import { placeParcel } from './placeParcels';
import { assertNoConflict } from './volumes';
import { invalidateTiles } from '../geo/tileCache';

/** Creates a parcel in one transaction with its audit record; 409 on a 3D conflict or a taken code. */
export async function createParcel(db: Db, user: SessionUser, body: ParcelInputBody) {
  const prepared = prepareParcel(body);
  const result = await db.transaction(async (tx) => {
    // County and township come from where the footprint lies (issue 12): a disagreeing code is a 400.
    const placed = await placeParcel(tx, prepared);
    if (await parcelIdByCode(tx, prepared.input.code)) {
      throw conflict('duplicate_code', { zh: `地块编号 ${prepared.input.code} 已存在`, en: `Parcel code ${prepared.input.code} already exists` }, undefined, 'code');
    }
    await assertNoConflict(tx, prepared, null);
    const { row, layers } = parcelRow(placed);
    const id = await insertParcel(tx, row, layers);
    await appendAudit(tx, {
      actor: user.username, role: user.role, action: 'underground.parcel.create', objectType: 'underground_parcel', objectId: id, result: 'ok',
      detail: { code: row.code, feeTotal: row.feeTotal },
    });
    return { id, code: row.code, countyCode: row.countyCode, townshipCode: row.townshipCode, feeTotal: row.feeTotal, feeTier: row.feeTier };
  });
  // Dropped only after the commit (docs/ARCHITECTURE.md, service contract).
  invalidateTiles(db, 'parcels');
  return result;
}
