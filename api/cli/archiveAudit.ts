import { dirname, join } from 'node:path';
import { archiveAudit } from '../services/admin/archiveAudit';
import { openConfigured } from './openConfigured';

/** npm run audit:archive: audit rows older than 6 months to DATA_DIR/../audit-archive (README "Backup and restore"). */
const { env, database } = await openConfigured();
try {
  const result = await archiveAudit(database.db, 'cli', join(dirname(env.DATA_DIR), 'audit-archive'), new Date());
  console.log(result.file ? `已归档 / archived ${result.rows} rows to ${result.file} (SHA-256 ${result.sha256})` : `无需归档 / nothing older than ${result.cutoff}`);
} finally {
  await database.close();
}
