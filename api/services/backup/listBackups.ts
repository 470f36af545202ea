import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from './backupDatabase';
import { checksumPath } from './checksum';

/** What a backup file the server wrote is called (defaultBackupFile): nothing else is listed or served. */
export const backupNamePattern = /^haidong-(pglite|postgres)-\d{8}T\d{6}Z\.(tar\.gz|dump)$/;

/** The backups in BACKUP_DIR, newest first, with their size and the SHA-256 their .sha256 file names. */
export function listBackups(dir: string): BackupEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => backupNamePattern.test(name) && existsSync(checksumPath(join(dir, name))))
    .map((name) => {
      const file = join(dir, name);
      const st = statSync(file);
      return { name, bytes: st.size, sha256: readFileSync(checksumPath(file), 'utf8').trim().split(/\s+/)[0] ?? '', createdAt: st.mtime.toISOString() };
    })
    .sort((a, b) => (a.name < b.name ? 1 : -1));
}
