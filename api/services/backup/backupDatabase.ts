import { resolve } from 'node:path';
import { pgDump, pgliteDump } from '../../../db/backup';
import { writeChecksum } from './checksum';

export interface BackupTarget {
  /** postgres:// URL; when absent the embedded PGlite in dataDir is dumped. */
  url?: string;
  dataDir: string;
}

/** Default file name: haidong-<mode>-<UTC time>.<ext> in the working directory. */
export function defaultBackupFile(target: BackupTarget, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
  return target.url ? `haidong-postgres-${stamp}.dump` : `haidong-pglite-${stamp}.tar.gz`;
}

/** Dumps the configured database to outFile and writes outFile.sha256 beside it (issue 14 item 8). */
export async function backupDatabase(target: BackupTarget, outFile: string): Promise<{ file: string; sha256: string }> {
  const file = resolve(outFile);
  if (target.url) await pgDump(target.url, file);
  else await pgliteDump(target.dataDir, file);
  return { file, sha256: await writeChecksum(file) };
}
