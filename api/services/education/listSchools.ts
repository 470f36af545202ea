import type { Db } from '../../../db/client';
import { schoolCollection } from '../../../db/repositories/educationAnalyses';
import type { AreaQuery } from '../../routes/education/schemas';

/** Schools (synthetic points) as GeoJSON, optionally of one county; no personal data. */
export async function listSchools(db: Db, { county }: AreaQuery) {
  return (await schoolCollection(db, county)) as { type: 'FeatureCollection'; features: unknown[] };
}
