import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { download } from '../../http/download';
import { route } from '../../http/route';
import { listBackups } from '../../services/backup/listBackups';
import { readBackup } from '../../services/backup/readBackup';
import { startBackup } from '../../services/backup/startBackup';
import { backupNameParam } from './schemas';

const admin = { tag: 'admin', access: ['admin'] } as const;

/**
 * Backups from the IT administrator's own pages (issue 14, "Done when"): take one online, list
 * them with size and SHA-256, download one. Taking and downloading are audited; restoring stays
 * `npm run restore` (it needs an empty target, so not the running server's database).
 */
export const adminBackupRoutes = new Hono<AppEnv>()
  .get('/backups', route({ ...admin, summary: '备份列表（大小、SHA-256） / backups with size and SHA-256', primary: true }), (c) =>
    c.json({ dir: c.var.env.BACKUP_DIR, mode: c.var.dbKind, backups: listBackups(c.var.env.BACKUP_DIR) }),
  )
  .post('/backups', route({ ...admin, summary: '立即备份（在线，审计） / take a backup now (online, audited)', status: 201, responses: { '409': 'a backup is running' } }), async (c) =>
    c.json(await startBackup(c.var.database, c.var.user, c.var.env.BACKUP_DIR), 201),
  )
  .get('/backups/:name', route({ ...admin, summary: '下载备份（审计） / download a backup (audited)', params: backupNameParam, produces: 'application/octet-stream', primary: true }), async (c) => {
    const f = await readBackup(c.var.db, c.var.user, c.var.env.BACKUP_DIR, c.req.valid('param').name);
    return download(c, f.bytes, { type: 'application/octet-stream', name: f.name });
  });
