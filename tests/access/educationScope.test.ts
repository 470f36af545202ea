import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { getTestApp, testDatabases, type TestApp } from '../helpers/testApp';

const county = '630222'; // 民和县
const seed = Number(process.env.SCOPE_SEED ?? Date.now() % 2 ** 31);

describe.each(testDatabases)('education staff bound to a county on %s (seed %i)', (kind) => {
  let app: TestApp;
  let call: (method: string, path: string) => Promise<{ status: number; body: any }>;
  let inScope: number[];
  let outOfScope: number[];
  beforeAll(async () => {
    app = await getTestApp(kind);
    const admin = await app.login('admin');
    const username = `edu-${county}-${kind}-${Date.now().toString(36)}`;
    const made = await admin.post('/api/admin/users', { username, displayName: '民和县教育局', role: 'education', countyCode: county, password: 'Minhe-Education-2026' });
    expect(made.status).toBe(201);
    const res = await fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'Minhe-Education-2026' }) });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    call = async (method, path) => {
      const r = await fetch(app.baseUrl + path, { method, headers: { cookie } });
      const text = await r.text();
      return { status: r.status, body: text.startsWith('{') ? JSON.parse(text) : text };
    };
    const rows = await queryRows<{ id: number; mine: boolean }>(
      app.database.db,
      sql`select id, (responsible_county_code = ${county} or notify_county_code is not distinct from ${county}) as mine from edu_cases order by id`,
    );
    inScope = rows.filter((r) => r.mine).map((r) => Number(r.id));
    outOfScope = rows.filter((r) => !r.mine).map((r) => Number(r.id));
    expect(inScope.length).toBeGreaterThan(0);
    expect(outOfScope.length).toBeGreaterThan(0);
  });

  test('the case list holds only the own county; a filter for another county is empty', async () => {
    const list = await call('GET', '/api/education/cases?limit=500');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(inScope.length);
    const other = await call('GET', '/api/education/cases?county=630202&limit=500');
    for (const c of other.body.cases) expect([c.responsibleCountyCode, c.notifyCountyCode]).toContain(county);
  });

  test('1,000 randomized requests: another county\'s case answers 404 (as a missing one), the own county\'s 200', async () => {
    const ops = ['GET /cases/{id}', 'GET /cases/{id}/escalation', 'POST /cases/{id}/reveal'] as const;
    const sample = fc.sample(fc.tuple(fc.boolean(), fc.nat(), fc.constantFrom(...ops)), { seed, numRuns: 1000 });
    const wrong: string[] = [];
    for (const [mine, k, op] of sample) {
      const ids = mine ? inScope : outOfScope;
      const id = ids[k % ids.length]!;
      const [method, path] = op.split(' ') as [string, string];
      const r = await call(method, `/api/education${path.replace('{id}', String(id))}`);
      if (r.status !== (mine ? 200 : 404)) wrong.push(`${op} ${id} (${mine ? 'own' : 'other'}) → ${r.status}`);
    }
    expect(wrong).toEqual([]);
  });

  test('200 randomized analysis requests: another county\'s figures answer 403, the own county\'s 200', async () => {
    const others = ['630202', '630203', '630223', '630224', '630225'];
    const paths = ['/dropout-rates', '/consolidation', '/accountability', '/distance-flags', '/risk/summary', '/risk?limit=1'] as const;
    const sample = fc.sample(fc.tuple(fc.boolean(), fc.constantFrom(...others), fc.constantFrom(...paths)), { seed, numRuns: 200 });
    const wrong: string[] = [];
    for (const [mine, other, path] of sample) {
      const c = mine ? county : other;
      const r = await call('GET', `/api/education${path}${path.includes('?') ? '&' : '?'}county=${c}`);
      if (r.status !== (mine ? 200 : 403)) wrong.push(`${path} county=${c} → ${r.status}`);
    }
    expect(wrong).toEqual([]);
  });

  test('export and notice are limited to the county too', async () => {
    const other = outOfScope[0]!;
    expect((await call('GET', `/api/education/cases/${other}/notice.pdf?kind=deadline_notice`)).status).toBe(404);
    expect((await call('GET', '/api/education/cases/export.xlsx')).status).toBe(200);
    const [after] = await queryRows<{ rows: number }>(
      app.database.db,
      sql`select (detail->>'rows')::int as rows from audit_log where action = 'education.cases.export' and detail->'filter'->>'scope' = ${county} order by id desc limit 1`,
    );
    expect(Number(after!.rows)).toBe(Math.min(inScope.length, 50_000));
  });
});
