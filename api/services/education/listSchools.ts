import type { Db } from '../../../db/client';
import { schoolCollection } from '../../../db/repositories/educationAnalyses';

/** Schools (synthetic points) as GeoJSON, optionally of one county; no personal data. */
export async function listSchools(db: Db, county?: string) {
  return (await schoolCollection(db, county)) as { type: 'FeatureCollection'; features: unknown[] };
}
