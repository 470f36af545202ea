import { Hono } from 'hono';
import { z } from 'zod';
import { findImportJob, listImportJobs, type ImportJobRow } from '../../db/repositories/importJobs';
import { requireAuth } from '../http/auth';
import type { AppEnv } from '../http/context';
import { notFound } from '../http/errors';
import { documented } from '../http/openapi';
import { paramsOf, queryOf } from '../http/validate';
import { progressOf } from '../services/imports/importProgress';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const listQuery = z.object({
  status: z.enum(['running', 'succeeded', 'rejected', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

documented({ method: 'get', path: '/api/imports', summary: '我的导入任务 / my import jobs', tag: 'imports', access: 'any', query: listQuery });
documented({ method: 'get', path: '/api/imports/{id}', summary: '导入任务状态与进度 / import job status and progress', tag: 'imports', access: 'any' });

function present(job: ImportJobRow) {
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

export const importRoutes = new Hono<AppEnv>()
  .use(requireAuth)
  .get('/', queryOf(listQuery), async (c) => {
    const { status, limit } = c.req.valid('query');
    const actor = c.var.user.role === 'admin' ? undefined : c.var.user.username;
    return c.json({ jobs: (await listImportJobs(c.var.db, { actor, status, limit })).map(present) });
  })
  .get('/:id', paramsOf(idParam), async (c) => {
    const job = await findImportJob(c.var.db, c.req.valid('param').id);
    // Someone else's import is reported as absent, not as forbidden: ids are not an oracle.
    if (!job || (job.actor !== c.var.user.username && c.var.user.role !== 'admin')) throw notFound({ zh: '导入任务', en: 'Import job' });
    return c.json(present(job));
  });
