import { mkdirSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { openDatabase, type Database } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { writeChecksum } from './checksum';

export interface BackupTarget {
  /** postgres:// URL; when absent the embedded PGlite in dataDir is dumped. */
  url?: string;
  dataDir: string;
}

/** Who took or restored a backup, for its audit row: an admin's session or the CLI's OS user. */
export interface BackupActor {
  username: string;
  role: string | null;
}

/** Default file name: haidong-<mode>-<UTC time>.<ext>. */
export function defaultBackupFile(target: { url?: string }, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
  return target.url ? `haidong-postgres-${stamp}.dump` : `haidong-pglite-${stamp}.tar.gz`;
}

export interface BackupEntry {
  name: string;
  bytes: number;
  sha256: string;
  createdAt: string;
}

/**
 * Dumps an open database to outFile, writes outFile.sha256 beside it and audits `backup.create`
 * (issue 14 item 8). The one way a backup is taken: the admin's page calls it on the server's own
 * database (online), `npm run backup` on a database it opens (for PGlite: with the server stopped).
 */
export async function backupOpenDatabase(database: Database, actor: BackupActor, outFile: string): Promise<BackupEntry> {
  const file = resolve(outFile);
  mkdirSync(dirname(file), { recursive: true });
  await database.dump(file);
  const sha256 = await writeChecksum(file);
  const entry = { name: basename(file), bytes: statSync(file).size, sha256, createdAt: new Date().toISOString() };
  await appendAudit(database.db, { actor: actor.username, role: actor.role, action: 'backup.create', objectType: 'backup', objectId: entry.name, result: 'ok', detail: { mode: database.kind, bytes: entry.bytes, sha256 } });
  return entry;
}

/** `npm run backup`: opens the configured database (PGlite: takes the data-dir lock), dumps it, closes it. */
export async function backupDatabase(target: BackupTarget, outFile: string, actor: BackupActor): Promise<{ file: string; sha256: string }> {
  const database = await openDatabase(target.url ? { url: target.url, poolSize: 2 } : { dataDir: target.dataDir });
  try {
    const entry = await backupOpenDatabase(database, actor, outFile);
    return { file: resolve(outFile), sha256: entry.sha256 };
  } finally {
    await database.close();
  }
}
