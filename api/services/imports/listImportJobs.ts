import type { Db } from '../../../db/client';
import { listImportJobs as importJobRows, type ImportJobRow } from '../../../db/repositories/importJobs';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { importJobView } from './importJobView';

/** The caller's import jobs, newest first (an administrator sees everyone's). */
export async function listImportJobs(db: Db, user: SessionUser, q: { status?: ImportJobRow['status']; limit: number }) {
  const actor = user.role === 'admin' ? undefined : user.username;
  return (await importJobRows(db, { actor, status: q.status, limit: q.limit })).map(importJobView);
}
