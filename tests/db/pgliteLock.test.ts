import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../../db/client';
import { acquireDataDirLock } from '../../db/dataDirLock';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'hd-pglite-'));
const dataDir = join(dir, 'pglite');
let db: Database | undefined;

afterAll(async () => {
  await db?.close();
});

const openInChild = (path: string) =>
  run('npx', ['tsx', '-e', `import('${process.cwd()}/db/client.ts').then(m => m.openDatabase({ dataDir: '${path}' })).then(() => { console.log('opened'); process.exit(0); }, (e) => { console.error(e.message); process.exit(3); })`], {
    cwd: process.cwd(),
  }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

test('a second process opening the same PGlite data directory is refused with a clear message', async () => {
  db = await openDatabase({ dataDir });
  await db.db.execute(sql`create table if not exists lock_probe (v int)`);
  await db.db.execute(sql`insert into lock_probe values (42)`);
  const child = await openInChild(dataDir);
  expect(child.code).toBe(3);
  expect(child.out).toMatch(/in use by process \d+/);
  expect(child.out).toMatch(/已被进程/);
});

test('after close the directory reopens with its data', async () => {
  await db!.close();
  db = await openDatabase({ dataDir });
  const rows = await queryRows<{ v: number }>(db.db, sql`select v from lock_probe`);
  expect(rows.map((r) => Number(r.v))).toEqual([42]);
});

test('a lock left by a dead process (kill -9) is stale and taken over', () => {
  const other = join(dir, 'stale');
  writeFileSync(join(dir, 'stale.lock'), '999999');
  const lock = acquireDataDirLock(other);
  expect(existsSync(join(dir, 'stale.lock'))).toBe(true);
  lock.release();
  expect(existsSync(join(dir, 'stale.lock'))).toBe(false);
});
