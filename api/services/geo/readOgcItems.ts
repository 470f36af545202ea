import type { Db } from '../../../db/client';
import { ogcItems } from '../../../db/repositories/ogcFeatures';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { parseDatetime, propertyFilters } from '../../domain/geo/ogcCollections';
import { FieldError } from '../../domain/shared/domainError';
import type { OgcItemsQuery } from '../../routes/ogc/schemas';
import { collectionFor } from './ogcAccess';

/** One page of a collection's features in the caller's scope, with the number matched (OGC API – Features §7.15). */
export async function readOgcItems(db: Db, user: SessionUser, collectionId: string, q: OgcItemsQuery) {
  const { collection, scope } = collectionFor(user, collectionId);
  if (q.datetime !== undefined && !collection.temporal) {
    throw new FieldError('datetime', { zh: `集合 ${collection.id} 没有日期属性`, en: `collection ${collection.id} has no date` });
  }
  const filter = { scope, bbox: q.bbox, datetime: q.datetime === undefined ? undefined : parseDatetime(q.datetime), properties: propertyFilters(collection, q) };
  const page = await ogcItems(db, collection.id, collection.districtScoped, filter, { limit: q.limit, offset: q.offset });
  return { collection, ...page };
}
