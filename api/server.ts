import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { openDatabase, redactUrl } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { failInterruptedImports } from '../db/repositories/importJobs';
import { createApp } from './app';
import { safeDescription } from './http/onError';
import { ensureClientBuilt } from './clientBuild';
import { demoEnabled, readEnv } from './env';
import { purgeExpiredSessions } from './services/auth/purgeExpiredSessions';
import { purgeIdempotencyKeys } from './services/idempotency/purgeIdempotencyKeys';
import { prepareDatabase } from './services/demo/prepareDatabase';
import { survivePostgresDriverFault } from './survivePostgresDriverFault';
import { installMemoryProbe } from './memoryProbe';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (m: string) => console.log(`[haidong] ${m}`);
const sessionPurgeEveryMs = 60 * 60 * 1000;

async function main() {
  const env = readEnv();
  if (process.argv.includes('--start')) await ensureClientBuilt(root, log);

  if (env.DATABASE_URL) survivePostgresDriverFault(log);
  if (env.MEMORY_PROBE_DIR) installMemoryProbe(env.MEMORY_PROBE_DIR, log);
  log(env.DATABASE_URL ? `PostgreSQL ${redactUrl(env.DATABASE_URL)}` : `PGlite ${env.DATA_DIR}`);
  if (env.DATABASE_REPLICA_URLS.length) log(`只读副本 / read replicas: ${env.DATABASE_REPLICA_URLS.map(redactUrl).join(', ')}`);
  const database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    replicaUrls: env.DATABASE_REPLICA_URLS,
    replicaOptions: { maxLagBytes: env.REPLICA_MAX_LAG_BYTES },
  });
  await migrateDatabase(database);
  const interrupted = await failInterruptedImports(database.db);
  if (interrupted) log(`${interrupted} 个中断的导入已标记为失败 / interrupted import(s) marked failed`);
  await prepareDatabase(database, { seed: env.SEED, scale: env.SCALE, demo: demoEnabled(env), log });
  // Expired sessions go at start and then hourly; the timer must not keep a stopping process alive.
  const purgeSessions = () =>
    purgeExpiredSessions(database.db).then(
      (n) => {
        if (n > 0) log(`${n} 个过期会话已删除 / expired session(s) deleted`);
      },
      (err: unknown) => log(`过期会话清理失败 / session purge failed: ${safeDescription(err as Error)}`),
    );
  // Kept Idempotency-Key answers past their 48 h retention go with the same hourly timer.
  const purgeKeys = () =>
    purgeIdempotencyKeys(database.db).then(
      (n) => {
        if (n > 0) log(`${n} 个过期幂等键已删除 / expired idempotency key(s) deleted`);
      },
      (err: unknown) => log(`幂等键清理失败 / idempotency key purge failed: ${safeDescription(err as Error)}`),
    );
  const purge = () => Promise.all([purgeSessions(), purgeKeys()]);
  await purge();
  setInterval(() => void purge(), sessionPurgeEveryMs).unref();

  const app = createApp({ database, env, clientRoot: root });

  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    log(`http://localhost:${info.port}  (API /api, 文档 /api/docs)`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: 正在停止 / stopping…`);
    server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  // A failed query's message carries its parameters (possibly personal data): log its shape only.
  const e = err as Error;
  const text = /Failed query/.test(e.message) ? safeDescription(e) : e.message;
  console.error(`[haidong] 启动失败 / failed to start: ${text}`);
  process.exit(1);
});
