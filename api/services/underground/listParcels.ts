import type { Db } from '../../../db/client';
import { parcelCollection } from '../../../db/repositories/underground';
import { centralCityCounties } from '../../domain/underground/policyScope';
import type { ParcelListQuery } from '../../routes/underground/schemas';

/** Parcels as a GeoJSON FeatureCollection with paging totals; fee tier and total per feature. */
export async function listParcels(db: Db, q: ParcelListQuery) {
  const { features, total } = await parcelCollection(db, { bbox: q.bbox, county: q.county, level: q.level, use: q.use, status: q.status }, q.limit, q.offset, centralCityCounties);
  return { type: 'FeatureCollection' as const, features, total, limit: q.limit, offset: q.offset };
}
