import type { Db } from '../../../db/client';
import { catchmentGeometries } from '../../../db/repositories/educationAnalyses';
import { utilization } from '../../domain/education/coverageTallies';
import type { AreaQuery } from '../../routes/education/schemas';
import { ageBandsFor } from './ageBands';
import { defaultAsOf } from './defaultAsOf';
import { storedCoverage } from './storedCoverage';

/** Catchment polygons with their load, for the map. */
export async function catchmentFeatures(db: Db, { asOf: given, county }: AreaQuery) {
  const asOf = await defaultAsOf(db, given);
  const loads = new Map((await storedCoverage(db, ageBandsFor(asOf))).loads.map((l) => [l.catchmentId, l]));
  const geometries = await catchmentGeometries(db, county);
  return {
    type: 'FeatureCollection' as const,
    features: geometries.map((g) => {
      const l = loads.get(Number(g.catchmentId))!;
      return {
        type: 'Feature' as const,
        id: Number(g.catchmentId),
        geometry: JSON.parse(g.geometry) as unknown,
        properties: { schoolCode: l.schoolCode, schoolName: l.schoolName, level: l.level, capacity: l.capacity, children: l.children, utilization: utilization(l.children, l.capacity) },
      };
    }),
  };
}
