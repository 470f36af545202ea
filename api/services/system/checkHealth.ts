import { postgisVersion, type Db } from '../../../db/client';

let known: string | undefined;

/** Asks the database for its PostGIS version: a failure (outage) propagates as a 503. */
export async function checkHealth(db: Db): Promise<string> {
  known = await postgisVersion(db);
  return known;
}

/** The PostGIS version seen by the last health check, without asking the database again. */
export function lastKnownPostgis(): string | null {
  return known ?? null;
}
