import type { Db } from '../../../db/client';
import { ogcExtent } from '../../../db/repositories/ogcFeatures';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { haidongExtent } from '../../domain/geo/haidongExtent';
import type { OgcCollection } from '../../domain/geo/ogcCollections';
import { collectionFor, readableCollections } from './ogcAccess';

export interface DescribedCollection {
  collection: OgcCollection;
  bbox: [number, number, number, number];
  interval?: [string | null, string | null];
}

async function describe(db: Db, user: SessionUser, c: OgcCollection): Promise<DescribedCollection> {
  const { scope } = collectionFor(user, c.id);
  const e = await ogcExtent(db, c.id, c.districtScoped, scope);
  const bbox: [number, number, number, number] = e?.minx == null ? [...haidongExtent] : [Number(e.minx), Number(e.miny), Number(e.maxx), Number(e.maxy)];
  return { collection: c, bbox, ...(c.temporal ? { interval: [e?.t0 ?? null, e?.t1 ?? null] as [string | null, string | null] } : {}) };
}

/** The collections the caller may read, each with the extent of what the caller may see in it; or just one. */
export async function describeOgcCollections(db: Db, user: SessionUser, only?: string): Promise<DescribedCollection[]> {
  const list = only === undefined ? readableCollections(user) : [collectionFor(user, only).collection];
  const out: DescribedCollection[] = [];
  for (const c of list) out.push(await describe(db, user, c));
  return out;
}
