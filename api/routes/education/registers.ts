import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { importRegister } from '../../services/education/importRegister';
import { listRegisterImports } from '../../services/education/listRegisterImports';
import { readRegisterFile } from '../../services/education/readRegisterFile';
import { runStoredCrossCheck } from '../../services/education/runCrossCheck';
import { runImportJob } from '../../services/imports/runImportJob';
import { childRoles, importForm, registerKindParam, runCrossCheckBody } from './schemas';

const child = { tag: 'education', access: childRoles, personal: true } as const;
const registerForm = importForm.extend({ file: z.custom<File>((v) => v instanceof File, { params: { zh: '必填项缺失', en: 'is required' } }) });

export const educationRegistersRoutes = new Hono<AppEnv>()
  .get('/registers', route({ ...child, summary: '已导入名册（快照） / imported register snapshots' }), async (c) => c.json({ imports: await listRegisterImports(c.var.db) }))
  .post(
    '/registers/:kind/import',
    route({
      ...child,
      summary: '导入名册（CSV/XLSX，multipart: file, asOf, mapping；全部成功或全部不导入，逐行报告） / import a register, all-or-nothing with a row report',
      params: registerKindParam,
      form: registerForm,
      status: 201,
      responses: { '422': 'row report, nothing written' },
    }),
    async (c) => {
      const { kind } = c.req.valid('param');
      const { file, asOf, mapping } = c.req.valid('form');
      const table = await readRegisterFile(file);
      const source = file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
      const user = c.var.user;
      // A recorded job: a crash mid-import leaves a 'failed' job and no rows (issue 6).
      const result = await runImportJob(c.var.db, user, { kind: `education.register.${kind}`, fileName: file.name, totalRows: table.rows.length }, (tx, job) =>
        importRegister(tx, { username: user.username, role: user.role }, { kind, asOf, table, mapping, source }, job.progress),
      );
      return c.json(result, 201);
    },
  )
  .post('/cross-check/run', route({ ...child, summary: '对已存名册执行四查三比对并按第十六条分派案件 / cross-check stored registers and open routed cases', body: runCrossCheckBody, status: 201 }), async (c) => {
    const body = c.req.valid('json');
    const user = c.var.user;
    return c.json(await c.var.db.transaction((tx) => runStoredCrossCheck(tx, { username: user.username, role: user.role }, body)), 201);
  });
