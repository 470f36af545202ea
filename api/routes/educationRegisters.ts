import { Hono } from 'hono';
import { runImportJob } from '../services/imports/runImportJob';
import { listImports } from '../../db/repositories/educationRegisters';
import { badRequest } from '../http/errors';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { jsonBody, paramsOf, parseOrThrow } from '../http/validate';
import { importRegister } from '../services/education/importRegister';
import { readRegisterFile } from '../services/education/readRegisterFile';
import { runStoredCrossCheck } from '../services/education/runCrossCheck';
import { importForm, registerKindParam, runCrossCheckBody } from './educationSchemas';

const roles = ['education', 'admin'] as const;
documented({ method: 'get', path: '/api/education/registers', summary: '已导入名册（快照） / imported register snapshots', tag: 'education', access: roles });
documented({
  method: 'post',
  path: '/api/education/registers/{kind}/import',
  summary: '导入名册（CSV/XLSX，multipart: file, asOf, mapping；全部成功或全部不导入，逐行报告） / import a register, all-or-nothing with a row report',
  tag: 'education',
  access: roles,
  responses: { '201': 'imported', '422': 'row report, nothing written' },
});
documented({ method: 'post', path: '/api/education/cross-check/run', summary: '对已存名册执行四查三比对并按第十六条分派案件 / cross-check stored registers and open routed cases', tag: 'education', access: roles, body: runCrossCheckBody });

export const educationRegistersRoutes = new Hono<AppEnv>()
  .use(requireRole(...roles))
  .use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  })
  .get('/registers', async (c) => c.json({ imports: await listImports(c.var.db) }))
  .post('/registers/:kind/import', paramsOf(registerKindParam), async (c) => {
    const { kind } = c.req.valid('param');
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody();
    } catch {
      throw badRequest('malformed_form', { zh: '请以 multipart/form-data 上传文件', en: 'Upload the file as multipart/form-data' }, 'file');
    }
    const file = form.file;
    if (!(file instanceof File)) throw badRequest('validation_failed', { zh: '字段 file 无效：必填项缺失', en: 'Field file is required' }, 'file');
    const fields = parseOrThrow(importForm, { asOf: form.asOf, mapping: typeof form.mapping === 'string' ? form.mapping : undefined });
    const table = await readRegisterFile(file);
    const source = file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
    const user = c.var.user;
    // A recorded job: a crash mid-import leaves a 'failed' job and no rows (issue 6).
    const result = await runImportJob(c.var.db, user, { kind: `education.register.${kind}`, fileName: file.name, totalRows: table.rows.length }, (tx, job) =>
      importRegister(tx, { username: user.username, role: user.role }, { kind, asOf: fields.asOf, table, mapping: fields.mapping, source }, job.progress),
    );
    return c.json(result, 201);
  })
  .post('/cross-check/run', jsonBody(runCrossCheckBody), async (c) => {
    const body = c.req.valid('json');
    const user = c.var.user;
    return c.json(await c.var.db.transaction((tx) => runStoredCrossCheck(tx, { username: user.username, role: user.role }, body)), 201);
  });
