import { Hono } from 'hono';
import { z } from 'zod';
import { findImportJob } from '../../db/repositories/importJobs';
import { requireAuth } from '../http/auth';
import type { AppEnv } from '../http/context';
import { notFound } from '../http/errors';
import { documented } from '../http/openapi';
import { paramsOf } from '../http/validate';
import { progressOf } from '../services/imports/importProgress';

const idParam = z.object({ id: z.coerce.number().int().positive() });

documented({ method: 'get', path: '/api/imports/{id}', summary: '导入任务状态与进度 / import job status and progress', tag: 'imports', access: 'any' });

export const importRoutes = new Hono<AppEnv>().get('/:id', requireAuth, paramsOf(idParam), async (c) => {
  const job = await findImportJob(c.var.db, c.req.valid('param').id);
  // Someone else's import is reported as absent, not as forbidden: ids are not an oracle.
  if (!job || (job.actor !== c.var.user.username && c.var.user.role !== 'admin')) throw notFound({ zh: '导入任务', en: 'Import job' });
  const progress = progressOf(job.id);
  return c.json({
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
  });
});
