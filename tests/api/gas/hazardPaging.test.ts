import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { countUpTo } from '../../../db/repositories/listTotal';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

/** Keyset paging of the hazard list and its capped total (issue 15 item 1). */
describe.each(testDatabases)('hazard list paging on %s', (kind) => {
  let app: TestApp;
  let official: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    official = await app.login('official');
  });

  test('walking the next cursors gives every hazard once, in the order of one big page', async () => {
    const all = await official.get('/api/gas/hazards?limit=50000');
    expect(all.status).toBe(200);
    expect(all.body.totalExact).toBe(true);
    expect(all.body.nextCursor).toBeNull();
    expect(all.body.truncated).toBe(false);
    expect(all.body.next).toBeUndefined();
    const expected = all.body.features.map((f: any) => f.id);
    expect(expected.length).toBe(all.body.total);
    expect(expected.length).toBeGreaterThan(20);
    const seen: number[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 1000; guard++) {
      const page: any = await official.get(`/api/gas/hazards?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(expected.length);
      seen.push(...page.body.features.map((f: any) => f.id));
      cursor = page.body.nextCursor;
      if (!cursor) break;
      // The next link is the same request by cursor (a generic client follows it).
      expect(page.body.truncated).toBe(true);
      expect(page.body.next).toBe(`/api/gas/hazards?limit=7&cursor=${cursor}`);
      expect(page.body.features.length).toBe(7);
    }
    expect(seen).toEqual(expected);
  });

  test('a filtered keyset page matches the same slice by offset', async () => {
    const q = 'status=found&limit=5';
    const first = await official.get(`/api/gas/hazards?${q}`);
    const second = await official.get(`/api/gas/hazards?${q}&cursor=${first.body.nextCursor}`);
    const byOffset = await official.get(`/api/gas/hazards?${q}&offset=5`);
    expect(second.body.features.map((f: any) => f.id)).toEqual(byOffset.body.features.map((f: any) => f.id));
    for (const f of second.body.features) expect(f.properties.status).toBe('found');
  });

  test('a forged cursor, or a cursor with an offset, is a 400 naming the field', async () => {
    const forged = await official.get('/api/gas/hazards?cursor=not-a-cursor!');
    expect(forged.status).toBe(400);
    expect(forged.body.error.field).toBe('cursor');
    const json = Buffer.from(JSON.stringify(['2026-01-01', -3])).toString('base64url');
    expect((await official.get(`/api/gas/hazards?cursor=${json}`)).status).toBe(400);
    const first = await official.get('/api/gas/hazards?limit=2');
    const both = await official.get(`/api/gas/hazards?limit=2&offset=2&cursor=${first.body.nextCursor}`);
    expect(both.status).toBe(400);
    expect(both.body.error.field).toBe('offset');
  });

  test('past the cap the total is the planner estimate, flagged, never below the cap', async () => {
    const exact = await countUpTo(app.database.db, sql`gas_hazards h`, sql`true`);
    expect(exact.totalExact).toBe(true);
    expect(exact.total).toBeGreaterThan(3);
    const capped = await countUpTo(app.database.db, sql`gas_hazards h`, sql`true`, 3);
    expect(capped.totalExact).toBe(false);
    expect(capped.total).toBeGreaterThanOrEqual(4);
  });
});
