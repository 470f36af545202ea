import { Hono } from 'hono';
import { z } from 'zod';
import { importJobStatuses } from '../domain/imports/vocabulary';
import type { AppEnv } from '../http/context';
import { route } from '../http/route';
import { getImportJob } from '../services/imports/getImportJob';
import { listImportJobs } from '../services/imports/listImportJobs';
import { idParam } from './shared/primitives';

const listQuery = z.object({
  status: z.enum(importJobStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const importRoutes = new Hono<AppEnv>()
  .get('/', route({ summary: '我的导入任务 / my import jobs', tag: 'imports', access: 'any', query: listQuery }), async (c) =>
    c.json({ jobs: await listImportJobs(c.var.db, c.var.user, c.req.valid('query')) }),
  )
  .get('/:id', route({ summary: '导入任务状态与进度 / import job status and progress', tag: 'imports', access: 'any', params: idParam }), async (c) =>
    c.json(await getImportJob(c.var.db, c.var.user, c.req.valid('param').id)),
  );
