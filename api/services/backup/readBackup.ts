import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { notFound } from '../../domain/shared/domainError';
import { listBackups } from './listBackups';

/** A listed backup's bytes for download, after its audit row (`backup.download`); any other name is 404. */
export async function readBackup(db: Db, user: SessionUser, dir: string, name: string): Promise<{ bytes: Uint8Array; name: string }> {
  const entry = listBackups(dir).find((b) => b.name === name);
  if (!entry) throw notFound({ zh: '备份文件', en: 'Backup file' });
  await appendAudit(db, { actor: user.username, role: user.role, action: 'backup.download', objectType: 'backup', objectId: name, result: 'ok', detail: { bytes: entry.bytes, sha256: entry.sha256 } });
  return { bytes: readFileSync(join(dir, name)), name };
}
