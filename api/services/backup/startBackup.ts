import { join } from 'node:path';
import type { Database } from '../../../db/client';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { conflict } from '../../domain/shared/domainError';
import { backupOpenDatabase, defaultBackupFile, type BackupEntry } from './backupDatabase';

let running = false;

/**
 * A backup from the admin's page (issue 14, "Done when"): the server dumps its own open database
 * online into BACKUP_DIR (backupOpenDatabase: file, .sha256, audit row). One at a time per server:
 * a second request while one runs is a 409.
 */
export async function startBackup(database: Database, user: SessionUser, dir: string, now: Date = new Date()): Promise<BackupEntry> {
  if (running) throw conflict('backup_running', { zh: '已有备份正在进行，请稍后再试', en: 'A backup is already running; try again shortly' });
  running = true;
  try {
    return await backupOpenDatabase(database, user, join(dir, defaultBackupFile({ url: database.kind === 'postgres' ? 'postgres' : undefined }, now)));
  } finally {
    running = false;
  }
}
