import type { Db, Tx } from '../../../db/client';
import { finishImportJob, holdImportLock, insertImportJob } from '../../../db/repositories/importJobs';
import { DomainError } from '../../domain/shared/domainError';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { clearProgress, reportProgress } from './importProgress';

export interface ImportContext {
  jobId: number;
  /** Call as rows are written; GET /api/imports/:id shows it while the import runs. */
  progress(done: number, total: number): void;
}

/**
 * Runs a file import as a recorded job: the job row commits first (status 'running'), then all
 * rows are written in ONE transaction (all-or-nothing), then the job is marked succeeded,
 * rejected (validation: nothing written) or failed. A crash in between leaves 'running',
 * which the next start turns into 'failed' — never half an import.
 */
export async function runImportJob<T>(
  db: Db,
  user: SessionUser,
  job: { kind: string; fileName?: string; totalRows?: number },
  write: (tx: Tx, ctx: ImportContext) => Promise<T & { importedRows: number }>,
): Promise<T & { importedRows: number; jobId: number }> {
  const jobId = await insertImportJob(db, { ...job, actor: user.username });
  let loggedTenth = -1;
  const ctx: ImportContext = {
    jobId,
    progress: (done, total) => {
      reportProgress(jobId, done, total);
      // Operators watch long imports in the log (counts only, never row content). On PGlite the
      // import holds the only connection, so the log is the one place progress shows meanwhile.
      const tenth = total >= 10_000 ? Math.floor((done / total) * 10) : -1;
      if (tenth > loggedTenth) {
        loggedTenth = tenth;
        console.log(`[import ${jobId}] ${job.kind}: ${done}/${total} (${tenth * 10}%)`);
      }
    },
  };
  try {
    const result = await db.transaction(async (tx) => {
      await holdImportLock(tx, jobId);
      // The domain verb writes its own audit record inside this transaction.
      return write(tx, ctx);
    });
    await finishImportJob(db, jobId, { status: 'succeeded', importedRows: result.importedRows });
    return { ...result, jobId };
  } catch (err) {
    const rejected = err instanceof DomainError && err.kind !== 'unavailable';
    await finishImportJob(db, jobId, {
      status: rejected ? 'rejected' : 'failed',
      error: rejected ? err.code : (err as Error).name,
      detail: rejected && err.details ? { report: 'see response' } : undefined,
    }).catch(() => undefined);
    if (err instanceof DomainError) err.details = { ...(err.details as object | undefined), jobId };
    throw err;
  } finally {
    clearProgress(jobId);
  }
}
