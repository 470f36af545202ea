import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { scratchPostgres } from '../../helpers/scratchPostgres';
import { openDatabase, queryRows } from '../../../db/client';
import { restoreDatabase } from '../../../api/services/backup/restoreDatabase';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { figures, figuresOf, type Target } from '../../helpers/tableFigures';

/**
 * Issue 14, "Done when": the IT administrator takes a backup from its own page while the server
 * runs (PGlite: the server's own instance dumps itself), lists it with size and SHA-256 and
 * downloads it; the download restores into an empty database with the same rows in every table.
 * Taking, downloading and restoring are audited.
 */
const work = mkdtempSync(join(tmpdir(), 'haidong-api-backup-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean();
  rmSync(work, { recursive: true, force: true });
});

async function emptyTarget(kind: string): Promise<Target> {
  if (kind === 'pglite') return { dataDir: join(work, `restored-${Date.now()}`) };
  return { url: await scratchPostgres(`haidong_api_bk_${process.pid}_${Date.now().toString(36)}`, cleanups), dataDir: '' };
}

describe.each(testDatabases)('backups from the admin page on %s', (kind) => {
  let app: TestApp;
  let admin: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    admin = await app.login('admin');
  });

  test('only the admin reaches backups; a name that is not a backup file is refused', async () => {
    const official = await app.login('official');
    expect((await official.get('/api/admin/backups')).status).toBe(403);
    expect((await official.post('/api/admin/backups')).status).toBe(403);
    expect((await admin.get('/api/admin/backups/..%2F..%2Fetc%2Fpasswd')).status).toBe(400);
    expect((await admin.get('/api/admin/backups/haidong-pglite-20000101T000000Z.tar.gz')).status).toBe(404);
  });

  test('an online backup is listed with size and SHA-256, downloads intact and restores to the same rows; every step audited', async () => {
    const before = await figuresOf(app.database.db);
    const made = await admin.post('/api/admin/backups');
    expect(made.status).toBe(201);
    expect(made.body.name).toMatch(kind === 'pglite' ? /^haidong-pglite-.*\.tar\.gz$/ : /^haidong-postgres-.*\.dump$/);
    expect(made.body.bytes).toBeGreaterThan(0);
    const listed = (await admin.get('/api/admin/backups')).body.backups as { name: string; bytes: number; sha256: string }[];
    expect(listed).toContainEqual(expect.objectContaining({ name: made.body.name, bytes: made.body.bytes, sha256: made.body.sha256 }));

    const res = await fetch(`${app.baseUrl}/api/admin/backups/${made.body.name}`, { headers: { cookie: await cookieOf(app) } });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(made.body.bytes);
    const file = join(work, made.body.name);
    writeFileSync(file, bytes);
    writeFileSync(`${file}.sha256`, `${made.body.sha256}  ${made.body.name}\n`);

    const target = await emptyTarget(kind);
    await restoreDatabase(target, file, { username: 'cli:test', role: null });
    const restored = await figures(target, { withoutRestoreRow: true });
    const counts = (f: { table: string; rows: number }[]) => Object.fromEntries(f.map((x) => [x.table, x.rows]));
    expect(counts(restored)).toEqual(counts(before));

    const actions = await queryRows<{ action: string; sha256: string }>(
      app.database.db,
      sql`select action, detail->>'sha256' as sha256 from audit_log where object_type = 'backup' and object_id = ${made.body.name} order by id`,
    );
    expect(actions).toEqual([
      { action: 'backup.create', sha256: made.body.sha256 },
      { action: 'backup.download', sha256: made.body.sha256 },
    ]);
    const database = await openDatabase(target.url ? { url: target.url, poolSize: 1 } : { dataDir: target.dataDir });
    try {
      const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log where action = 'backup.restore' and object_id = ${made.body.name}`);
      expect(Number(row!.n)).toBe(1);
    } finally {
      await database.close();
    }
    // Three PGlite starts with PostGIS (FACTS.md) on a loaded machine: a hang guard, not a speed goal.
  }, 900_000);
});

async function cookieOf(app: TestApp): Promise<string> {
  const { DEMO_PASSWORD } = await import('../../../api/services/demo/demoAccounts');
  const res = await fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }) });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
