import type { Db } from '../../../db/client';
import { findImportJob } from '../../../db/repositories/importJobs';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { notFound } from '../../domain/shared/domainError';
import { importJobView } from './importJobView';

/** One import job with its progress; someone else's is reported as absent (ids are no oracle). */
export async function getImportJob(db: Db, user: SessionUser, id: number) {
  const job = await findImportJob(db, id);
  if (!job || (job.actor !== user.username && user.role !== 'admin')) throw notFound({ zh: '导入任务', en: 'Import job' });
  return importJobView(job);
}
