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

  // Every official-facing aggregate about children, with the keys that count children and the
  // figures computed from them (which must be withheld with their count).
  const aggregates: { path: string; counts: string[]; derived: [string, string][]; exact: boolean }[] = [
    { path: '/api/education/coverage/summary', counts: ['children', 'schoolAge', 'uncovered'], derived: [['children', 'utilization'], ['uncovered', 'uncoveredShare']], exact: true },
    { path: '/api/education/coverage/catchments', counts: ['children'], derived: [['children', 'utilization']], exact: true },
    { path: '/api/education/consolidation', counts: ['grade9Graduates', 'grade1Enrolment', 'openDropouts'], derived: [['grade9Graduates', 'rate'], ['grade1Enrolment', 'rate']], exact: true },
    { path: '/api/education/distance-flags', counts: ['children', 'flagged'], derived: [['children', 'meanMeters'], ['flagged', 'share']], exact: true },
    // The loss rate's count (students lost) is not in the answer, so withheld ≥ visible small counts.
    { path: '/api/education/accountability', counts: ['maxSchoolDropouts'], derived: [], exact: false },
    { path: '/api/education/risk/summary?county=630202', counts: ['low', 'medium', 'high'], derived: [], exact: true },
    { path: '/api/education/dropout-rates', counts: ['schoolAge', 'dropouts', 'outOfSchool', 'povertyDropouts'], derived: [['dropouts', 'dropoutRate']], exact: true },
  ];
  /** Every object in a JSON answer (depth first), to find count keys wherever they sit. */
  const objects = (v: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] => {
    if (Array.isArray(v)) v.forEach((x) => objects(x, out));
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      Object.values(v).forEach((x) => objects(x, out));
    }
    return out;
  };
  const valuesOf = (body: unknown, keys: string[]) => objects(body).flatMap((o) => keys.filter((k) => k in o && (typeof o[k] === 'number' || o[k] === null)).map((k) => o[k] as number | null));

  test.each(aggregates)('$path: an official never sees a count of 1 or 2, nor a figure computed from one, and is told so', async ({ path, counts, derived, exact }) => {
    const full = await edu.get(path);
    const shown = await official.get(path);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('cache-control')).toBe('no-store');
    const small = valuesOf(full.body, counts).filter((n) => n === 1 || n === 2).length;
    const unknown = valuesOf(full.body, counts).filter((n) => n === null).length;
    const seen = valuesOf(shown.body, counts);
    expect(seen.filter((n) => n === 1 || n === 2)).toEqual([]);
    expect(seen.filter((n) => n === null).length).toBe(small + unknown);
    expect(shown.body.suppression).toMatchObject({ threshold: 3 });
    expect(shown.body.suppression.note.zh).toContain('少于 3 人');
    if (exact) expect(shown.body.suppression.cellsWithheld).toBe(small);
    else expect(shown.body.suppression.cellsWithheld).toBeGreaterThanOrEqual(small);
    for (const o of objects(shown.body)) {
      for (const [count, figure] of derived) if (count in o && o[count] === null && figure in o) expect(o[figure], `${path} ${figure}`).toBeNull();
    }
    expect(full.body.suppression).toBeNull();
  });

  test('the aggregates withhold something at the test scale (the guard is exercised, not vacuous)', async () => {
    let withheld = 0;
    for (const { path } of aggregates) withheld += (await official.get(path)).body.suppression.cellsWithheld;
    expect(withheld).toBeGreaterThan(0);
  });

  test('every education answer, aggregates included, is Cache-Control: no-store', async () => {
    for (const path of ['/api/education/uncovered-density', '/api/education/dropout-rates', '/api/education/coverage/summary', '/api/education/schools', '/api/education/schools/gas-hazards', '/api/education/duties?county=630202&year=2026']) {
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
