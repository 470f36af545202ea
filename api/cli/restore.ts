import { readEnv } from '../env';
import { cliActor } from '../services/backup/cliActor';
import { restoreDatabase } from '../services/backup/restoreDatabase';

/** npm run restore -- FILE [--force]: checks FILE.sha256, then loads FILE into the configured, empty database. */
const env = readEnv();
const args = process.argv.slice(2);
const force = args.includes('--force');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('用法 / usage: npm run restore -- FILE [--force]');
  process.exit(2);
}
try {
  await restoreDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR }, file, cliActor(), { force });
  console.log(`恢复完成 / restored ${file}`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
