import { mkdirSync, writeFileSync } from 'node:fs';
import { pgDump } from './backup';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import type { PGlite } from '@electric-sql/pglite';
import type postgresType from 'postgres';
import { acquireDataDirLock, type DataDirLock } from './dataDirLock';
import { openReplicas, type ReplicaOptions, type ReplicaSet } from './replicas';

export type DbKind = 'pglite' | 'postgres';
/** The one drizzle type every repository takes: both drivers are PostgreSQL dialects. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export interface Database {
  kind: DbKind;
  db: Db;
  /** Streaming replicas that may answer reads (PostgreSQL only; db/replicas.ts). */
  replicas?: ReplicaSet;
  /**
   * A consistent dump of the running database into `file` (issue 14, backups from the admin's
   * page): pg_dump's custom format on PostgreSQL (one snapshot); on PGlite the server's own
   * instance writes its data directory as a gzipped tarball while no transaction or query runs
   * (the server holds the data-dir lock, so no other process could open it).
   */
  dump(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory; `memory://` for a throwaway instance (tests). */
  dataDir?: string;
  /** Max pool size for PostgreSQL. */
  poolSize?: number;
  /** postgres:// URLs of hot-standby replicas of `url` (DATABASE_REPLICA_URLS). */
  replicaUrls?: readonly string[];
  replicaOptions?: Partial<ReplicaOptions>;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (!opts.url) {
    if (opts.replicaUrls?.length) throw new Error('只读副本需要 PostgreSQL / read replicas need DATABASE_URL (PostgreSQL)');
    return openPglite(opts.dataDir ?? '.data/pglite');
  }
  const poolSize = opts.poolSize ?? 10;
  return openPostgres(opts.url, poolSize, opts.replicaUrls ?? [], { maxLagBytes: 16 * 1024 * 1024, pollMs: 500, poolSize, ...opts.replicaOptions });
}

async function openPglite(dataDir: string): Promise<Database> {
  let lock: DataDirLock | undefined;
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    // PGlite is single-process: a second opener would corrupt the files, so refuse it.
    lock = acquireDataDirLock(dataDir);
  }
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { postgis } = await import('@electric-sql/pglite-postgis');
    const client: PGlite = await PGlite.create({ dataDir, extensions: { postgis } });
    await client.exec('CREATE EXTENSION IF NOT EXISTS postgis');
    const db = drizzlePglite(client) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      async dump(file) {
        // Both mutexes: no drizzle transaction is open and no statement runs while the files are read.
        const blob = await client._runExclusiveTransaction(() => client._runExclusiveQuery(() => client.dumpDataDir('gzip')));
        writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
      },
      async close() {
        await client.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

async function openPostgres(url: string, max: number, replicaUrls: readonly string[], replicaOptions: ReplicaOptions): Promise<Database> {
  const { default: postgres } = await import('postgres');
  const client: postgresType.Sql = postgres(url, { max, onnotice: () => {}, connect_timeout: 10 });
  try {
    await client`select 1`;
  } catch (err) {
    await client.end({ timeout: 1 });
    throw new Error(`无法连接 PostgreSQL / cannot connect to PostgreSQL (${redactUrl(url)}): ${(err as Error).message}`);
  }
  const ext = await client`select 1 from pg_available_extensions where name = 'postgis'`;
  if (ext.length === 0) {
    await client.end({ timeout: 1 });
    throw new Error(
      'PostgreSQL 缺少 PostGIS 扩展 / PostGIS is required on the server (Debian: apt-get install postgresql-15-postgis-3)',
    );
  }
  await client.unsafe('CREATE EXTENSION IF NOT EXISTS postgis');
  const db = drizzlePostgres(client) as unknown as Db;
  const replicas = replicaUrls.length > 0 ? await openReplicas(client, replicaUrls, replicaOptions) : undefined;
  return {
    kind: 'postgres',
    db,
    replicas,
    dump: (file) => pgDump(url, file),
    async close() {
      await replicas?.close();
      await client.end({ timeout: 5 });
    },
  };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, '//$1:***@');
}

/** Rows of a raw query, whichever driver ran it (PGlite returns {rows}, postgres-js an array). */
export async function queryRows<T>(ex: Executor, query: SQL): Promise<T[]> {
  const res = (await ex.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(res) ? res : (res.rows ?? []);
}

export async function postgisVersion(ex: Executor): Promise<string> {
  const [row] = await queryRows<{ v: string }>(ex, sql`select postgis_lib_version() as v`);
  return row?.v ?? 'unknown';
}

/** Actions waiting for the commit of a request-wide transaction (see inRequestTransaction). */
const pendingCommits = new WeakMap<object, { root: Db; actions: ((root: Db) => void)[] }>();

/**
 * Runs `work` in one transaction that the services inside it join (their own `transaction()`
 * becomes a savepoint). Actions queued with `afterCommit` on it run once it has committed, with
 * the database it came from; used by the idempotency edge (api/services/idempotency).
 */
export async function inRequestTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const actions: ((root: Db) => void)[] = [];
  const result = await db.transaction(async (tx) => {
    pendingCommits.set(tx, { root: db, actions });
    return work(tx);
  });
  for (const action of actions) action(db);
  return result;
}

/** Runs `action` now, or — inside inRequestTransaction — once that transaction has committed. */
export function afterCommit(ex: Executor, action: (root: Db) => void): void {
  const pending = pendingCommits.get(ex);
  if (pending) pending.actions.push(action);
  else action(ex as Db);
}
