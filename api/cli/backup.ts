import { readEnv } from '../env';
import { backupDatabase, defaultBackupFile } from '../services/backup/backupDatabase';
import { cliActor } from '../services/backup/cliActor';

/** npm run backup [-- --out FILE]: dumps the database the environment names (README "Backup and restore"). */
const env = readEnv();
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const target = { url: env.DATABASE_URL, dataDir: env.DATA_DIR };
const out = outAt >= 0 ? args[outAt + 1] : defaultBackupFile(target, new Date());
if (!out) {
  console.error('用法 / usage: npm run backup [-- --out FILE]');
  process.exit(2);
}
try {
  const { file, sha256 } = await backupDatabase(target, out, cliActor());
  console.log(`备份完成 / backup written: ${file}\nSHA-256 ${sha256} (${file}.sha256)`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
