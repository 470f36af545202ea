import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { acquireDataDirLock } from './dataDirLock';

/**
 * The two dump formats (issue 14 item 8): PostgreSQL through Debian's pg_dump/pg_restore in the
 * custom format; the embedded PGlite as a gzipped tarball of its data directory, written by the
 * open instance itself (`Database.dump` in db/client.ts) and loaded here into an empty directory.
 */

/** Connection settings for the client tools without the password on the command line (visible in ps). */
function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
  }
  return { dbname: parsed.toString(), env };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (err) =>
      reject(new Error(`${tool} 无法启动 / cannot start ${tool} (Debian: apt-get install postgresql-client): ${err.message}`)),
    );
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} 失败 / failed (exit ${code}): ${stderr.trim()}`))));
  });
}

export async function pgDump(url: string, outFile: string): Promise<void> {
  const { dbname, env } = toolConnection(url);
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${outFile}`, `--dbname=${dbname}`], env);
}

/** Tables outside the system schemas that no extension owns (PostGIS's spatial_ref_sys does not count). */
export async function pgUserTableCount(url: string): Promise<number> {
  const { default: postgres } = await import('postgres');
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [row] = await client<{ n: number }[]>`
      select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
        and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')`;
    return row?.n ?? 0;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/**
 * One transaction: a failure leaves the target as it was. Loading audit_log needs no exception to
 * its append-only trigger (migration 0012): COPY only inserts, and the target is empty (or, with
 * force, its objects are dropped first, which the trigger does not guard).
 */
export async function pgRestore(url: string, file: string, clean: boolean): Promise<void> {
  const { dbname, env } = toolConnection(url);
  const args = ['--no-owner', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`];
  if (clean) args.push('--clean', '--if-exists');
  await run('pg_restore', [...args, file], env);
}

async function loadPglite() {
  const { PGlite } = await import('@electric-sql/pglite');
  const { postgis } = await import('@electric-sql/pglite-postgis');
  return { PGlite, postgis };
}

export function dirIsEmpty(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

export async function pgliteLoad(dataDir: string, file: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir);
  try {
    const { PGlite, postgis } = await loadPglite();
    const client = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]), extensions: { postgis } });
    await client.close();
  } finally {
    lock.release();
  }
}
