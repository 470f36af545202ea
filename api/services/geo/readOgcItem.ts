import type { Db } from '../../../db/client';
import { ogcItems } from '../../../db/repositories/ogcFeatures';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { notFound } from '../../domain/shared/domainError';
import { collectionFor } from './ogcAccess';

/** One feature by id; missing and out-of-scope answer the same 404. */
export async function readOgcItem(db: Db, user: SessionUser, collectionId: string, featureId: string) {
  const { collection, scope } = collectionFor(user, collectionId);
  const { features } = await ogcItems(db, collection.id, collection.districtScoped, { scope, properties: {}, featureId }, { limit: 1, offset: 0 });
  const feature = features[0];
  if (!feature) throw notFound({ zh: `要素 ${featureId}`, en: `Feature ${featureId}` });
  return { collection, feature };
}
