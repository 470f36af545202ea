import type { Db } from '../../../db/client';
import { photoContent } from '../../../db/repositories/gasHazardPhotos';
import { sniffImageType } from '../../domain/gas/photos';
import { isDistrictCode } from '../../domain/geo/vocabulary';
import { canRead } from '../../domain/gas/accessScope';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { notFound } from '../../domain/shared/domainError';
import { gasActor, readScope } from './gasActor';

/**
 * A photo's bytes (or its JPEG thumbnail) for a user who may read its hazard; otherwise absent
 * (404, like a missing id). The media type is sniffed again from the stored bytes.
 */
export async function getHazardPhoto(db: Db, user: SessionUser, id: number, variant: 'data' | 'thumb') {
  readScope(user);
  const row = await photoContent(db, id, variant);
  if (!row || !isDistrictCode(row.districtCode) || !canRead(gasActor(user), row.districtCode)) throw notFound({ zh: '照片', en: 'Photo' });
  return { contentType: sniffImageType(row.body) ?? row.contentType, body: row.body };
}
