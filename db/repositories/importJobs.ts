import { and, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db, type Executor } from '../client';
import { importJobs } from '../schema/imports';

export type ImportJobRow = typeof importJobs.$inferSelect;
export type ImportOutcome = 'succeeded' | 'rejected' | 'failed';

export async function insertImportJob(ex: Executor, job: { kind: string; actor: string; fileName?: string; totalRows?: number }): Promise<number> {
  const [row] = await ex
    .insert(importJobs)
    .values({ kind: job.kind, actor: job.actor, fileName: job.fileName ?? null, totalRows: job.totalRows ?? null, status: 'running' })
    .returning({ id: importJobs.id });
  return row!.id;
}

export async function finishImportJob(
  ex: Executor,
  id: number,
  outcome: { status: ImportOutcome; importedRows?: number; invalidRows?: number; error?: string; detail?: unknown },
): Promise<void> {
  await ex
    .update(importJobs)
    .set({
      status: outcome.status,
      importedRows: outcome.importedRows ?? 0,
      invalidRows: outcome.invalidRows ?? null,
      error: outcome.error ?? null,
      detail: outcome.detail ?? null,
      finishedAt: sql`now()`,
    })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')));
}

export async function findImportJob(ex: Executor, id: number): Promise<ImportJobRow | undefined> {
  const [row] = await ex.select().from(importJobs).where(eq(importJobs.id, id)).limit(1);
  return row;
}

/** Advisory-lock namespace of import jobs (any constant; it only has to be ours). */
const IMPORT_LOCK_SPACE = 7321;

/** Held by the import's data transaction for its whole life. */
export async function holdImportLock(tx: Executor, id: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_SPACE}, ${id})`);
}

/**
 * At start-up: an import still 'running' whose lock nobody holds belonged to a process that
 * died; its rows never committed. (Another live instance on the same PostgreSQL still holds
 * the lock of its own running import, so that one is left alone.)
 */
export async function failInterruptedImports(db: Db): Promise<number> {
  const running = await db.select({ id: importJobs.id }).from(importJobs).where(eq(importJobs.status, 'running'));
  let failed = 0;
  for (const { id } of running) {
    await db.transaction(async (tx) => {
      const [row] = await queryRows<{ free: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${IMPORT_LOCK_SPACE}, ${id}) as free`);
      if (!row?.free) return;
      await tx
        .update(importJobs)
        .set({ status: 'failed', error: 'interrupted', finishedAt: sql`now()` })
        .where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')));
      failed++;
    });
  }
  return failed;
}

/** The caller's own recent import jobs, newest first (admins see everyone's). */
export async function listImportJobs(ex: Executor, opts: { actor?: string; status?: ImportJobRow['status']; limit: number }): Promise<ImportJobRow[]> {
  const where = and(opts.actor ? eq(importJobs.actor, opts.actor) : undefined, opts.status ? eq(importJobs.status, opts.status) : undefined);
  return ex.select().from(importJobs).where(where).orderBy(desc(importJobs.id)).limit(opts.limit);
}
