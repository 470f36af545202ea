import { openDatabase, type Database } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { readEnv, type Env } from '../env';

/** Opens and migrates the database the environment names, for command-line tools. */
export async function openConfigured(): Promise<{ env: Env; database: Database }> {
  const env = readEnv();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  await migrateDatabase(database);
  return { env, database };
}
