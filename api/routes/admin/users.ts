import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { download, mediaTypes } from '../../http/download';
import { exportAuditCsv } from '../../services/admin/exportAuditCsv';
import { searchAudit } from '../../services/admin/searchAudit';
import { createUser } from '../../services/admin/createUser';
import { listUsers } from '../../services/admin/listUsers';
import { listUserSessions } from '../../services/admin/listUserSessions';
import { resetPassword } from '../../services/admin/resetPassword';
import { revokeUserSessions } from '../../services/admin/revokeUserSessions';
import { unlockUser } from '../../services/admin/unlockUser';
import { updateUser } from '../../services/admin/updateUser';
import { idParam } from '../shared/primitives';
import { auditQuery, createUserBody, resetPasswordBody, updateUserBody } from './schemas';

const admin = { tag: 'admin', access: ['admin'] } as const;

/** Account administration (issue 14): admin role only; every change audited with before/after. */
export const adminUserRoutes = new Hono<AppEnv>()
  .get('/users', route({ ...admin, summary: '用户列表 / list users' }), async (c) => c.json(await listUsers(c.var.db, c.var.user)))
  .post('/users', route({ ...admin, summary: '新建用户 / create a user', body: createUserBody, status: 201, responses: { '409': 'username taken' } }), async (c) =>
    c.json(await createUser(c.var.db, c.var.user, c.req.valid('json')), 201),
  )
  .patch('/users/:id', route({ ...admin, summary: '修改角色、组、县区，停用/启用 / change role, group, county; disable or enable', params: idParam, body: updateUserBody }), async (c) =>
    c.json(await updateUser(c.var.db, c.var.user, c.req.valid('param').id, c.req.valid('json'))),
  )
  .post('/users/:id/password', route({ ...admin, summary: '重置密码（下次登录须修改） / reset a password (must change at next login)', params: idParam, body: resetPasswordBody, status: 204 }), async (c) => {
    await resetPassword(c.var.db, c.var.user, c.req.valid('param').id, c.req.valid('json'));
    return c.body(null, 204);
  })
  .post('/users/:id/unlock', route({ ...admin, summary: '解除登录锁定 / lift the login lock', params: idParam, status: 204 }), async (c) => {
    await unlockUser(c.var.db, c.var.user, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .get('/users/:id/sessions', route({ ...admin, summary: '用户会话 / sessions of a user', params: idParam }), async (c) =>
    c.json(await listUserSessions(c.var.db, c.var.user, c.req.valid('param').id)),
  )
  .delete('/users/:id/sessions', route({ ...admin, summary: '结束用户全部会话 / end all sessions of a user', params: idParam }), async (c) =>
    c.json(await revokeUserSessions(c.var.db, c.var.user, c.req.valid('param').id)),
  )
  .get('/audit', route({ ...admin, summary: '审计日志（按用户、操作、对象、结果、时间筛选） / audit log, filtered', query: auditQuery, primary: true }), async (c) =>
    c.json(await searchAudit(c.var.db, c.var.user, c.req.valid('query'))),
  )
  .get('/audit.csv', route({ ...admin, summary: '导出审计日志 CSV（北京时间） / export the audit log as CSV', query: auditQuery, produces: mediaTypes.csv, primary: true }), async (c) =>
    download(c, await exportAuditCsv(c.var.db, c.var.user, c.req.valid('query')), { type: mediaTypes.csv, name: 'audit.csv' }),
  );
