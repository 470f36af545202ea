import { expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { insertChunked, MAX_BIND_PARAMETERS } from '../../db/bulk';
import { auditLog } from '../../db/schema/audit';
import { getTestApp } from '../helpers/testApp';

// PGlite 0.5.8 answers a statement of more than 32,767 bind parameters with no rows and then
// hands stale results to the next query; the scale-1 demo seeding hit it. Bulk writes must split.
test('a bulk insert of 40,000 parameters is split below the limit and every row lands (PGlite)', async () => {
  const app = await getTestApp('pglite');
  const marker = `bulk-${Date.now()}`;
  const rows = Array.from({ length: 5000 }, (_, i) => ({
    actor: 'bulk-test', role: 'admin', action: marker, objectType: 'probe', objectId: String(i), result: 'ok', detail: { i },
  }));
  expect(rows.length * 7).toBeGreaterThan(MAX_BIND_PARAMETERS);
  await app.database.db.transaction((tx) => insertChunked(tx, auditLog, rows));
  const [row] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from audit_log where action = ${marker}`);
  expect(Number(row!.n)).toBe(5000);
});
