import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { deleteParcel as deleteRow } from '../../../db/repositories/underground';
import { notFound } from '../../domain/shared/domainError';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { invalidateTiles } from '../geo/tileCache';

/** Deletes a parcel (its layers and connections cascade) with its audit record. */
export async function deleteParcel(db: Db, user: SessionUser, id: number) {
  const result = await db.transaction(async (tx) => {
    const gone = await deleteRow(tx, id);
    if (!gone) throw notFound({ zh: '地块', en: 'Parcel' });
    await appendAudit(tx, {
      actor: user.username, role: user.role, action: 'underground.parcel.delete', objectType: 'underground_parcel', objectId: id, result: 'ok',
      detail: { code: gone.code },
    });
    return { id, code: gone.code, deleted: true };
  });
  // Dropped only after the commit (docs/ARCHITECTURE.md, service contract).
  invalidateTiles(db, 'parcels');
  return result;
}
