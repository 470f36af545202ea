import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { scratchPostgres } from '../helpers/scratchPostgres';
import { openDatabase, queryRows, type DbKind } from '../../db/client';
import { figures, type Target } from '../helpers/tableFigures';
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
async function seed(target: Target): Promise<void> {
  const database = await openDatabase(target.url ? { url: target.url, poolSize: 2 } : { dataDir: target.dataDir });
  try {
    await migrateDatabase(database);
    await prepareDatabase(database, { seed: 'haidong-test', scale: TEST_SCALE, demo: true, today: TEST_TODAY });
  } finally {
    await database.close();
  }
}

const actor = { username: 'cli:test', role: null };
const work = mkdtempSync(join(tmpdir(), 'haidong-backup-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean();
  rmSync(work, { recursive: true, force: true });
});

const scratchDatabase = (name: string) => scratchPostgres(name, cleanups);

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
    const { sha256 } = await backupDatabase(source, file, actor);
    expect(readFileSync(`${file}.sha256`, 'utf8')).toBe(`${sha256}  ${kind}.backup\n`);

    await restoreDatabase(empty, file, actor);
    // The backup's own audit row is written after the dump; the restore's into the restored copy.
    expect(await figures(empty, { withoutRestoreRow: true })).toEqual(before);
    const audit = async (t: Target, action: string) => {
      const database = await openDatabase(t.url ? { url: t.url, poolSize: 1 } : { dataDir: t.dataDir });
      try {
        return await queryRows<{ actor: string; sha256: string }>(database.db, sql`select actor, detail->>'sha256' as sha256 from audit_log where action = ${action}`);
      } finally {
        await database.close();
      }
    };
    expect(await audit(source, 'backup.create')).toEqual([{ actor: 'cli:test', sha256 }]);
    expect(await audit(empty, 'backup.restore')).toEqual([{ actor: 'cli:test', sha256 }]);

    // A non-empty target is refused (PostgreSQL: unless --force).
    await expect(restoreDatabase(source, file, actor)).rejects.toThrow(/not empty/);

    // One flipped byte: the checksum no longer matches and nothing is loaded.
    const tampered = join(work, `${kind}-tampered.backup`);
    copyFileSync(file, tampered);
    const bytes = readFileSync(tampered);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(tampered, bytes);
    copyFileSync(`${file}.sha256`, `${tampered}.sha256`);
    await expect(restoreDatabase(other, tampered, actor)).rejects.toThrow(/checksum mismatch/);
    const untouched = await figures(other);
    expect(untouched.filter((f) => f.table.startsWith('public.'))).toEqual([]);
  }, 900_000);
});
