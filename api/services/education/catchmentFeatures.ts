import type { Db } from '../../../db/client';
import { catchmentGeometries } from '../../../db/repositories/educationAnalyses';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { utilization } from '../../domain/education/coverageTallies';
import { analysisCountyOf } from '../../domain/education/educationScope';
import { smallCountGuard } from '../../domain/education/smallCounts';
import type { AreaQuery } from '../../routes/education/schemas';
import { ageBandsFor } from './ageBands';
import { defaultAsOf } from './defaultAsOf';
import { storedCoverage } from './storedCoverage';

/** Catchment polygons with their load, for the map; a catchment's small child count is withheld for officials. */
export async function catchmentFeatures(db: Db, user: SessionUser, q: AreaQuery, threshold: number) {
  const asOf = await defaultAsOf(db, q.asOf);
  const loads = new Map((await storedCoverage(db, ageBandsFor(asOf))).loads.map((l) => [l.catchmentId, l]));
  const geometries = await catchmentGeometries(db, analysisCountyOf(user, q.county));
  const g = smallCountGuard(user.role, threshold);
  const features = geometries.map((geo) => {
    const l = loads.get(Number(geo.catchmentId))!;
    const children = g.count(l.children);
    return {
      type: 'Feature' as const,
      id: Number(geo.catchmentId),
      geometry: JSON.parse(geo.geometry) as unknown,
      properties: { schoolCode: l.schoolCode, schoolName: l.schoolName, level: l.level, capacity: l.capacity, children, utilization: g.derived(utilization(l.children, l.capacity), children) },
    };
  });
  return { type: 'FeatureCollection' as const, suppression: g.report(), features };
}
