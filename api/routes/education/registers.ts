import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { importRegisterFile } from '../../services/education/importRegisterFile';
import { listRegisterImports } from '../../services/education/listRegisterImports';
import { runStoredCrossCheck } from '../../services/education/runCrossCheck';
import { childRoles, registerImportForm, registerKindParam, runCrossCheckBody } from './schemas';

const child = { tag: 'education', access: childRoles, personal: true } as const;

export const educationRegistersRoutes = new Hono<AppEnv>()
  .get('/registers', route({ ...child, summary: '已导入名册（快照） / imported register snapshots' }), async (c) => c.json({ imports: await listRegisterImports(c.var.db, c.var.user) }))
  .post(
    '/registers/:kind/import',
    route({
      ...child,
      summary: '导入名册（CSV/XLSX，multipart: file, asOf, mapping；全部成功或全部不导入，逐行报告） / import a register, all-or-nothing with a row report',
      params: registerKindParam,
      form: registerImportForm,
      status: 201,
      responses: { '422': 'row report, nothing written' },
    }),
    async (c) => c.json(await importRegisterFile(c.var.db, c.var.user, c.req.valid('param').kind, c.req.valid('form')), 201),
  )
  .post('/cross-check/run', route({ ...child, summary: '对已存名册执行四查三比对并按第十六条分派案件 / cross-check stored registers and open routed cases', body: runCrossCheckBody, status: 201 }), async (c) =>
    c.json(await runStoredCrossCheck(c.var.db, c.var.user, c.req.valid('json')), 201),
  );
