import type { ImportJobRow } from '../../../db/repositories/importJobs';
import { progressOf } from './importProgress';

/** An import job as the API shows it, with the live progress of a running one in this process. */
export function importJobView(job: ImportJobRow) {
  const progress = progressOf(job.id);
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    totalRows: job.totalRows,
    importedRows: job.importedRows,
    invalidRows: job.invalidRows,
    error: job.error,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    progress: progress ? { done: progress.done, total: progress.total, share: progress.total ? progress.done / progress.total : 0 } : null,
  };
}
