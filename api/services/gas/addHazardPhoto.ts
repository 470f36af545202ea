import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { countPhotos, insertPhoto } from '../../../db/repositories/gasHazardPhotos';
import { hazardById } from '../../../db/repositories/gasHazards';
import { checkPhoto, checkPhotoCount } from '../../domain/gas/photos';
import { canWrite } from '../../domain/gas/accessScope';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { PhotoInput } from '../../routes/gas/schemas';
import { notFound } from '../../domain/shared/domainError';
import { isDistrictCode } from '../../domain/geo/vocabulary';
import { gasActor, readScope, visibleHazard } from './gasActor';
import { readPhoto } from './photoImage';

/**
 * Adds a photo to a hazard (finding / rectification / verification). The type comes from the
 * bytes; size and count limits are api/domain/gas/photos.ts. Scope as reading the hazard (404
 * outside it); the hazard row is locked so two uploads cannot both take the last place. Photo and
 * audit record commit together.
 */
export async function addHazardPhoto(db: Db, user: SessionUser, hazardId: number, input: PhotoInput) {
  readScope(user);
  const bytes = new Uint8Array(await input.photo.arrayBuffer());
  const contentType = checkPhoto(bytes);
  const image = await readPhoto(bytes);
  return db.transaction(async (tx) => {
    const h = visibleHazard(await hazardById(tx, hazardId, true), user);
    if (!isDistrictCode(h.districtCode) || !canWrite(gasActor(user), h.districtCode)) throw notFound({ zh: '隐患', en: 'Hazard' });
    checkPhotoCount(await countPhotos(tx, hazardId));
    const photo = await insertPhoto(tx, {
      hazardId,
      stage: input.stage,
      contentType,
      bytes: bytes.length,
      width: image.width,
      height: image.height,
      takenAt: input.takenAt ?? null,
      data: bytes,
      thumb: image.thumb,
      createdBy: user.username,
    });
    await appendAudit(tx, {
      actor: user.username,
      role: user.role,
      action: 'gas.hazard.photo',
      objectType: 'gas_hazard',
      objectId: hazardId,
      result: 'ok',
      detail: { photoId: photo.id, stage: input.stage, contentType, bytes: bytes.length },
    });
    return photo;
  });
}
