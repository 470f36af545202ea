import { dirIsEmpty, pgliteLoad, pgRestore, pgUserTableCount } from '../../../db/backup';
import type { BackupTarget } from './backupDatabase';
import { verifyChecksum } from './checksum';

/**
 * Restores a backup after checking FILE.sha256 (issue 14 item 8). The target must be empty: a
 * PostgreSQL database with no tables of its own (unless force: its objects are dropped and
 * replaced, in one transaction), or a PGlite DATA_DIR that does not exist or holds no file.
 */
export async function restoreDatabase(target: BackupTarget, file: string, opts: { force?: boolean } = {}): Promise<void> {
  await verifyChecksum(file);
  if (target.url) {
    const tables = await pgUserTableCount(target.url);
    if (tables > 0 && !opts.force) {
      throw new Error(`目标数据库不为空（${tables} 张表），加 --force 覆盖 / target database is not empty (${tables} tables); add --force to replace it`);
    }
    await pgRestore(target.url, file, tables > 0);
    return;
  }
  if (!dirIsEmpty(target.dataDir)) {
    throw new Error(`数据目录不为空 / DATA_DIR is not empty: ${target.dataDir}; restore into a new or empty directory`);
  }
  await pgliteLoad(target.dataDir, file);
}
