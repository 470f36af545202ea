import type { Scope } from '../../domain/gas/accessScope';
import { mayReadCollection, ogcCollectionIds, ogcCollections, type OgcCollection } from '../../domain/geo/ogcCollections';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { notFound } from '../../domain/shared/domainError';
import { readScope } from '../gas/gasActor';

/** The collections this user may read, in the fixed order. */
export const readableCollections = (user: SessionUser): OgcCollection[] =>
  ogcCollectionIds.map((id) => ogcCollections[id]).filter((c) => mayReadCollection(user.role, c));

/**
 * The collection and the district scope to apply, when the user may read it. A collection the
 * role cannot read answers 404 like an unknown one (what exists is no oracle either).
 */
export function collectionFor(user: SessionUser, id: string): { collection: OgcCollection; scope: Scope } {
  const collection = readableCollections(user).find((c) => c.id === id);
  if (!collection) throw notFound({ zh: `要素集合 ${id}`, en: `Collection ${id}` });
  return { collection, scope: collection.districtScoped ? readScope(user) : { all: true } };
}
