import { afterAll, describe, expect, inject, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type DbKind } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { prepareDatabase } from '../../api/services/demo/prepareDatabase';
import { backupDatabase } from '../../api/services/backup/backupDatabase';
import { restoreDatabase } from '../../api/services/backup/restoreDatabase';
import { testDatabases, TEST_SCALE, TEST_TODAY } from '../helpers/testApp';

/**
 * Issue 14 item 8: a backup restored into an empty database gives, for every table, the same row
 * count and the same content hash (md5 over every row's text, rows sorted); a backup whose bytes
 * no longer match its .sha256 file is refused before anything is loaded.
 */
interface TableFigure {
  table: string;
  rows: number;
  hash: string;
}

type Target = { url?: string; dataDir: string };

async function figures(target: Target): Promise<TableFigure[]> {
  const database = await openDatabase(target.url ? { url: target.url, poolSize: 1 } : { dataDir: target.dataDir });
  try {
    const tables = await queryRows<{ name: string }>(
      database.db,
      sql`select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
            and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
          order by 1`,
    );
    const out: TableFigure[] = [];
    for (const { name } of tables) {
      const [row] = await queryRows<{ rows: number; hash: string }>(
        database.db,
        sql.raw(`select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as hash from ${name} t`),
      );
      out.push({ table: name, rows: row!.rows, hash: row!.hash });
    }
    return out;
  } finally {
    await database.close();
  }
}

async function seed(target: Target): Promise<void> {
  const database = await openDatabase(target.url ? { url: target.url, poolSize: 2 } : { dataDir: target.dataDir });
  try {
    await migrateDatabase(database);
    await prepareDatabase(database, { seed: 'haidong-test', scale: TEST_SCALE, demo: true, today: TEST_TODAY });
  } finally {
    await database.close();
  }
}

const work = mkdtempSync(join(tmpdir(), 'haidong-backup-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean();
  rmSync(work, { recursive: true, force: true });
});

async function scratchDatabase(name: string): Promise<string> {
  const adminUrl = inject('testPostgresUrl')!;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end({ timeout: 5 });
  cleanups.push(async () => {
    const again = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await again.unsafe(`drop database if exists ${name} with (force)`);
    await again.end({ timeout: 5 });
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function targets(kind: DbKind): Promise<{ source: Target; empty: Target; other: Target }> {
  if (kind === 'pglite') {
    return {
      source: { dataDir: join(work, 'source') },
      empty: { dataDir: join(work, 'restored') },
      other: { dataDir: join(work, 'other') },
    };
  }
  const tag = `${process.pid}_${Date.now().toString(36)}`;
  return {
    source: { url: await scratchDatabase(`haidong_bk_src_${tag}`), dataDir: '' },
    empty: { url: await scratchDatabase(`haidong_bk_dst_${tag}`), dataDir: '' },
    other: { url: await scratchDatabase(`haidong_bk_oth_${tag}`), dataDir: '' },
  };
}

describe.each(testDatabases)('backup and restore on %s', (kind) => {
  it('restores into an empty database with identical row counts and content hashes for every table', async () => {
    const { source, empty, other } = await targets(kind);
    await seed(source);
    const before = await figures(source);
    expect(before.find((f) => f.table === 'public.audit_log')?.rows).toBeGreaterThan(0);
    expect(before.filter((f) => f.rows > 0).length).toBeGreaterThan(10);

    const file = join(work, `${kind}.backup`);
    const { sha256 } = await backupDatabase(source, file);
    expect(readFileSync(`${file}.sha256`, 'utf8')).toBe(`${sha256}  ${kind}.backup\n`);

    await restoreDatabase(empty, file);
    expect(await figures(empty)).toEqual(before);

    // A non-empty target is refused (PostgreSQL: unless --force).
    await expect(restoreDatabase(source, file)).rejects.toThrow(/not empty/);

    // One flipped byte: the checksum no longer matches and nothing is loaded.
    const tampered = join(work, `${kind}-tampered.backup`);
    copyFileSync(file, tampered);
    const bytes = readFileSync(tampered);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(tampered, bytes);
    copyFileSync(`${file}.sha256`, `${tampered}.sha256`);
    await expect(restoreDatabase(other, tampered)).rejects.toThrow(/checksum mismatch/);
    const untouched = await figures(other);
    expect(untouched.filter((f) => f.table.startsWith('public.'))).toEqual([]);
  });
});
