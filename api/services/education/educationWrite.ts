import type { Db, Tx } from '../../../db/client';
import { invalidateEducationAnalyses } from './storedCoverage';

/**
 * Runs one education write in its own transaction, then drops this process's analyses cache —
 * after the commit, so a reader rebuilding the cache meanwhile cannot keep the data from before
 * the write for the cache's TTL.
 */
export async function educationWrite<T>(db: Db, write: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.transaction(write);
  invalidateEducationAnalyses();
  return result;
}
