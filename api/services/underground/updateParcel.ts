import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { findParcel, parcelIdByCode, replaceParcel } from '../../../db/repositories/underground';
import { conflict, notFound } from '../../domain/shared/domainError';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { ParcelInputBody } from '../../routes/underground/schemas';
import { parcelRow } from './parcelRow';
import { prepareParcel } from './prepareParcel';
import { placeParcel } from './placeParcels';
import { assertNoConflict } from './volumes';
import { invalidateTiles } from '../geo/tileCache';

/** Replaces a parcel and its layers in one transaction; 409 on a 3D conflict with another parcel. */
export async function updateParcel(db: Db, user: SessionUser, id: number, body: ParcelInputBody) {
  const prepared = prepareParcel(body);
  const result = await db.transaction(async (tx) => {
    const before = await findParcel(tx, id);
    if (!before) throw notFound({ zh: '地块', en: 'Parcel' });
    // County and township come from where the footprint lies (issue 12): a disagreeing code is a 400.
    const placed = await placeParcel(tx, prepared);
    const holder = await parcelIdByCode(tx, prepared.input.code);
    if (holder !== undefined && holder !== id) {
      throw conflict('duplicate_code', { zh: `地块编号 ${prepared.input.code} 已存在`, en: `Parcel code ${prepared.input.code} already exists` }, undefined, 'code');
    }
    await assertNoConflict(tx, prepared, id);
    const { row, layers } = parcelRow(placed, before.synthetic ?? false);
    await replaceParcel(tx, id, row, layers);
    await appendAudit(tx, {
      actor: user.username, role: user.role, action: 'underground.parcel.update', objectType: 'underground_parcel', objectId: id, result: 'ok',
      detail: { code: row.code, feeTotalBefore: before.feeTotal, feeTotal: row.feeTotal },
    });
    return { id, code: row.code, countyCode: row.countyCode, townshipCode: row.townshipCode, feeTotal: row.feeTotal, feeTier: row.feeTier };
  });
  // Dropped only after the commit (docs/ARCHITECTURE.md, service contract).
  invalidateTiles(db, 'parcels');
  return result;
}
