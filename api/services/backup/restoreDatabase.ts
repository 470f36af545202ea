import { basename } from 'node:path';
import { dirIsEmpty, pgliteLoad, pgRestore, pgUserTableCount } from '../../../db/backup';
import { openDatabase } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import type { BackupActor, BackupTarget } from './backupDatabase';
import { sha256OfFile, verifyChecksum } from './checksum';

/**
 * Restores a backup after checking FILE.sha256 (issue 14 item 8). The target must be empty: a
 * PostgreSQL database with no tables of its own (unless force: its objects are dropped and
 * replaced, in one transaction), or a PGlite DATA_DIR that does not exist or holds no file.
 * The restored database then records the restore in its own audit log (`backup.restore`): the
 * one row it holds beyond the backup's.
 */
export async function restoreDatabase(target: BackupTarget, file: string, actor: BackupActor, opts: { force?: boolean } = {}): Promise<void> {
  await verifyChecksum(file);
  let replaced = false;
  if (target.url) {
    const tables = await pgUserTableCount(target.url);
    if (tables > 0 && !opts.force) {
      throw new Error(`目标数据库不为空（${tables} 张表），加 --force 覆盖 / target database is not empty (${tables} tables); add --force to replace it`);
    }
    replaced = tables > 0;
    await pgRestore(target.url, file, replaced);
  } else {
    if (!dirIsEmpty(target.dataDir)) {
      throw new Error(`数据目录不为空 / DATA_DIR is not empty: ${target.dataDir}; restore into a new or empty directory`);
    }
    await pgliteLoad(target.dataDir, file);
  }
  const database = await openDatabase(target.url ? { url: target.url, poolSize: 1 } : { dataDir: target.dataDir });
  try {
    await appendAudit(database.db, { actor: actor.username, role: actor.role, action: 'backup.restore', objectType: 'backup', objectId: basename(file), result: 'ok', detail: { sha256: await sha256OfFile(file), replaced } });
  } finally {
    await database.close();
  }
}
