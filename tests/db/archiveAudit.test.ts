import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { scratchPostgres } from '../helpers/scratchPostgres';
import { openDatabase, queryRows, type Database, type DbKind } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { archiveAudit } from '../../api/services/admin/archiveAudit';
import { verifyChecksum } from '../../api/services/backup/checksum';
import { testDatabases } from '../helpers/testApp';

/**
 * Issue 14 item 7: audit rows older than 6 months (MLPS level 3) go to a checksummed gzipped JSONL
 * file and only then leave the table; newer rows stay; the archiving is itself audited; outside the
 * archiving transaction a DELETE is still refused (migration 0012).
 */
const work = mkdtempSync(join(tmpdir(), 'haidong-archive-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean();
  rmSync(work, { recursive: true, force: true });
});

async function freshDatabase(kind: DbKind): Promise<Database> {
  if (kind === 'pglite') return openDatabase({ dataDir: 'memory://' });
  const url = await scratchPostgres(`haidong_archive_${process.pid}_${Date.now().toString(36)}`, cleanups);
  return openDatabase({ url, poolSize: 2 });
}

describe.each(testDatabases)('audit archiving on %s', (kind) => {
  it('moves exactly the rows older than 6 months into a checksummed file and audits the move', async () => {
    const database = await freshDatabase(kind);
    try {
      await migrateDatabase(database);
      // now = 2026-11-20T00:00Z → cutoff 2026-05-20T00:00Z (6 calendar months).
      await database.db.execute(sql`insert into audit_log (at, actor, role, action, result) values
        ('2026-05-01T08:00Z', 'a', 'admin', 'old.one', 'ok'),
        ('2026-05-19T23:59:59Z', 'b', 'admin', 'old.two', 'ok'),
        ('2026-05-20T00:00:01Z', 'c', 'admin', 'new.one', 'ok'),
        ('2026-11-01T00:00Z', 'd', 'admin', 'new.two', 'ok')`);

      const result = await archiveAudit(database.db, 'cli', join(work, kind), new Date('2026-11-20T00:00:00Z'));
      expect(result.rows).toBe(2);
      expect(result.cutoff).toBe('2026-05-20T00:00:00.000Z');

      const lines = gunzipSync(readFileSync(result.file!)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.action, l.at])).toEqual([
        ['old.one', '2026-05-01T08:00:00.000Z'],
        ['old.two', '2026-05-19T23:59:59.000Z'],
      ]);
      await verifyChecksum(result.file!);

      const left = await queryRows<{ action: string }>(database.db, sql`select action from audit_log order by id`);
      expect(left.map((r) => r.action)).toEqual(['new.one', 'new.two', 'audit.archive']);

      // Nothing older left: a second run archives nothing and says so in its own audit row.
      const again = await archiveAudit(database.db, 'cli', join(work, kind), new Date('2026-11-20T00:00:00Z'));
      expect(again).toMatchObject({ rows: 0, file: null });

      // Outside the archiving transaction the table stays append-only.
      const refused = await database.db.execute(sql`delete from audit_log where action = 'new.one'`).then(
        () => null,
        (err: Error) => String((err.cause as Error | undefined)?.message ?? err.message),
      );
      expect(refused).toMatch(/append-only: DELETE refused/);
    } finally {
      await database.close();
    }
  });
});
