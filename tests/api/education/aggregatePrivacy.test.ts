import { beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { zipEntriesText } from '../../helpers/unzipText';
import { DEMO_PASSWORD } from '../../../api/services/demo/demoAccounts';

const fullId = /\d{17}[\dX]/;

describe.each(testDatabases)('privacy of child aggregates and the cases export on %s', (kind) => {
  let app: TestApp;
  let edu: Client;
  let official: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    edu = await app.login('education');
    official = await app.login('official');
  });

  test('uncovered density at its finest cell: an official sees no cell below 3 and is told how many were withheld', async () => {
    const q = '/api/education/uncovered-density?cellDegrees=0.005';
    const full = await edu.get(q);
    const shown = await official.get(q);
    expect(shown.status).toBe(200);
    const small = full.body.features.filter((f: { properties: { count: number } }) => f.properties.count < 3).length;
    expect(small).toBeGreaterThan(0);
    expect(shown.body.features.every((f: { properties: { count: number } }) => f.properties.count >= 3)).toBe(true);
    expect(shown.body.features.length).toBe(full.body.features.length - small);
    expect(shown.body.suppression).toMatchObject({ threshold: 3, cellsWithheld: small });
    expect(shown.body.suppression.note.zh).toContain('少于 3 人');
    expect(full.body.suppression).toBeNull();
  });

  test('dropout rates: an official never sees a township count of 1 or 2', async () => {
    const r = await official.get('/api/education/dropout-rates');
    expect(r.status).toBe(200);
    for (const t of [...r.body.townships, ...r.body.counties]) {
      for (const k of ['dropouts', 'outOfSchool', 'povertyDropouts']) expect([1, 2]).not.toContain(t[k]);
    }
    const e = await edu.get('/api/education/dropout-rates');
    const hidden = e.body.townships.filter((t: { dropouts: number }) => t.dropouts === 1 || t.dropouts === 2).length;
    expect(r.body.townships.filter((t: { dropouts: number | null }) => t.dropouts === null).length).toBe(hidden);
  });

  test('every education answer, aggregates included, is Cache-Control: no-store', async () => {
    for (const path of ['/api/education/uncovered-density', '/api/education/dropout-rates', '/api/education/coverage/summary', '/api/education/schools']) {
      expect((await official.get(path)).headers.get('cache-control'), path).toBe('no-store');
    }
  });

  test('cases export: masked by default; full IDs only with full=true and a reason, which is audited', async () => {
    const login = await fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'education', password: DEMO_PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const sheet = async (query: string) => zipEntriesText(Buffer.from(await (await fetch(`${app.baseUrl}/api/education/cases/export.xlsx?${query}`, { headers: { cookie } })).arrayBuffer()));
    const masked = await sheet('kind=dropout');
    expect(masked).toMatch(/\*{14}[\dX]{4}/);
    expect(fullId.test(masked)).toBe(false);
    const noReason = await edu.get('/api/education/cases/export.xlsx?kind=dropout&full=true');
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
    const full = await sheet(`kind=dropout&full=true&reason=${encodeURIComponent('县教育局劝返工作台账')}`);
    expect(fullId.test(full)).toBe(true);
    const [row] = await queryRows<{ full: boolean; reason: string }>(
      app.database.db,
      sql`select (detail->>'full')::boolean as full, detail->>'reason' as reason from audit_log where action = 'education.cases.export' and actor = 'education' order by id desc limit 1`,
    );
    expect(row).toEqual({ full: true, reason: '县教育局劝返工作台账' });
  });
});
