import type { Db } from '../../../db/client';
import { parcelCollection } from '../../../db/repositories/underground';
import { parseBbox } from '../../domain/geo/bbox';
import { haidongExtent } from '../../domain/geo/haidongExtent';
import { badRequest } from '../../http/errors';
import { centralCityCounties, type ParcelListQuery } from './parcelSchema';

/** Parcels as a GeoJSON FeatureCollection with paging totals; fee tier and total per feature. */
export async function listParcels(db: Db, q: ParcelListQuery) {
  let bbox: [number, number, number, number] | undefined;
  if (q.bbox !== undefined) {
    const res = parseBbox(q.bbox, { mustIntersect: haidongExtent });
    if (!res.ok) throw badRequest(res.error.code, { zh: `字段 ${res.error.field} 无效：${res.error.reason.zh}`, en: `Field ${res.error.field} ${res.error.reason.en}` }, res.error.field);
    bbox = res.value;
  }
  const { features, total } = await parcelCollection(db, { bbox, county: q.county, level: q.level, use: q.use, status: q.status }, q.limit, q.offset, centralCityCounties);
  return { type: 'FeatureCollection' as const, features, total, limit: q.limit, offset: q.offset };
}
