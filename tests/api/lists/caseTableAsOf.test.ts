import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { insertCases } from '../../../db/repositories/educationCases';
import { parseCsvRows } from '../../../api/domain/shared/csv';
import { caseStatusAsOf } from '../../../api/domain/education/caseStatusAsOf';
import { ruleSetIdFor } from '../../../api/domain/education/ruleSetChoice';
import { caseStatusLabels, caseStatuses, type CaseStatus } from '../../../api/domain/education/vocabulary';
import { getTestApp, testDatabases, TEST_TODAY, type Client, type TestApp } from '../../helpers/testApp';

// The education time slider (issue 11): `asOf` on the masked case table shows the cases opened by
// the end of that day with their status then (casesFrom, db/repositories/educationCaseTable.ts).
// Checked against a hand computation over the same cases, read straight from the database.

const county = '630225'; // 循化县

interface Stored { id: number; status: CaseStatus; openedOn: string; closedOn: string | null; placedOn: string | null; placed: boolean }

/** Every case the county is responsible for, with the dates that set its status. */
async function storedCases(app: TestApp): Promise<Stored[]> {
  return queryRows<Stored>(
    app.database.db,
    sql`select id::int as id, status, opened_on::text as "openedOn", closed_on::text as "closedOn",
        placement->>'date' as "placedOn", placement is not null as placed
        from edu_cases where responsible_county_code = ${county}`,
  );
}

/** By hand: absent when opened later; closed from its closing day; returned from its placement's day; else open (a missing date counts from opening). */
function byHand(cases: readonly Stored[], day: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of cases) {
    if (c.openedOn > day) continue;
    const status: CaseStatus = c.status === 'closed' && (c.closedOn ?? c.openedOn) <= day ? 'closed' : c.placed && (c.placedOn ?? c.openedOn) <= day ? 'returned' : 'open';
    out.set(c.id, caseStatusLabels[status].zh);
  }
  return out;
}

/** The table's rows as id → status label (one page holds them all). */
async function listed(c: Client, query: string): Promise<Map<number, string>> {
  const r = await c.get(`/api/education/cases/table?county=${county}&sort=id&dir=asc&limit=500&${query}`);
  expect(r.status, r.text).toBe(200);
  expect(r.body.total).toBeLessThanOrEqual(500);
  return new Map(r.body.rows.map((row: any) => [Number(row.id), row.cells.status as string]));
}

describe.each(testDatabases)('education case table as of a date on %s', (kind) => {
  let app: TestApp;
  let education: Client;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    app = await getTestApp(kind);
    education = await app.login('education');
    const base = { kind: 'dropout' as const, householdCountyCode: county, responsibleCountyCode: county, routingRule: 'never_enrolled_household_county', ruleSetId: ruleSetIdFor(county, '2025-09-10') };
    const designed = {
      open: { openedOn: '2025-09-10' },
      closedLater: { openedOn: '2025-09-10', status: 'closed' as const, closedOn: '2026-03-05', closureReason: 'returned_and_stable' },
      placedLater: { openedOn: '2025-10-01', status: 'returned' as const, placement: { kind: 'regular_class', date: '2026-02-20' } },
      placedThenClosed: { openedOn: '2025-10-01', status: 'closed' as const, placement: { kind: 'regular_class', date: '2026-01-10' }, closedOn: '2026-04-01', closureReason: 'returned_and_stable' },
      openedLater: { openedOn: '2026-05-01' },
    };
    for (const [k, v] of Object.entries(designed)) {
      const serial = String(Object.keys(ids).length + 1).padStart(3, '0');
      await insertCases(app.database.db, [{ ...base, ...v, idNumber: `63022520150101${serial}X`, name: `时间${k}` }]);
      const [row] = await queryRows<{ id: number }>(app.database.db, sql`select max(id)::int as id from edu_cases where name = ${`时间${k}`}`);
      ids[k] = Number(row!.id);
    }
  });

  test('on each school-term day the list is the hand computation; a case opened later is absent, one closed later shows open', async () => {
    const cases = await storedCases(app);
    const days = ['2025-09-01', '2025-09-10', '2026-01-10', '2026-03-01', '2026-03-05', '2026-09-01', TEST_TODAY];
    for (const day of days) {
      expect(await listed(education, `asOf=${day}`), day).toEqual(byHand(cases, day));
      // The pure rule the SQL is written from says the same.
      const ruled = new Map(cases.flatMap((c) => { const s = caseStatusAsOf(c, day); return s ? [[c.id, caseStatusLabels[s].zh] as const] : []; }));
      expect(ruled, day).toEqual(byHand(cases, day));
    }
    const on0301 = await listed(education, 'asOf=2026-03-01');
    expect(on0301.has(ids.openedLater!)).toBe(false);
    expect(on0301.get(ids.open!)).toBe('在办');
    expect(on0301.get(ids.closedLater!)).toBe('在办');
    expect(on0301.get(ids.placedLater!)).toBe('已返校');
    expect(on0301.get(ids.placedThenClosed!)).toBe('已返校');
    const on0401 = await listed(education, 'asOf=2026-04-01');
    expect(on0401.get(ids.closedLater!)).toBe(caseStatusLabels.closed.zh);
    expect(on0401.get(ids.placedThenClosed!)).toBe(caseStatusLabels.closed.zh);
    expect(await listed(education, 'asOf=2025-09-09')).toEqual(byHand(cases, '2025-09-09'));
    expect((await listed(education, 'asOf=2025-09-09')).has(ids.open!)).toBe(false);
    // Without asOf: today's table, every case with its stored status.
    expect((await listed(education, '')).get(ids.closedLater!)).toBe(caseStatusLabels.closed.zh);
  });

  test('the status filter reads the as-of status; the export equals the list, masked and audited with its day', async () => {
    const want = byHand(await storedCases(app), '2026-03-01');
    for (const status of caseStatuses) {
      const n = [...want.values()].filter((s) => s === caseStatusLabels[status].zh).length;
      const page = await education.get(`/api/education/cases/table?county=${county}&asOf=2026-03-01&status=${status}&limit=1`);
      expect(page.body.total, status).toBe(n);
    }
    const page = await education.get(`/api/education/cases/table?county=${county}&asOf=2026-03-01&sort=id&dir=asc&limit=500`);
    expect(page.body.rows.find((r: any) => r.id === ids.open)?.cells.idNumber).not.toMatch(/\d{17}[\dX]/);
    const audits = async () => queryRows<{ detail: any }>(app.database.db, sql`select detail from audit_log where action = 'education.cases.table.export' order by id desc limit 1`);
    const csv = await education.get(`/api/education/cases/table/export?county=${county}&asOf=2026-03-01&sort=id&dir=asc&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.text).not.toMatch(/\d{17}[\dX]/);
    const rows = parseCsvRows(csv.text);
    expect(rows.slice(1).map((r) => [Number(r[0]), r[4]])).toEqual([...want].sort(([a], [b]) => a - b));
    const [audit] = await audits();
    const detail = typeof audit!.detail === 'string' ? JSON.parse(audit!.detail) : audit!.detail;
    expect(detail.filter).toMatchObject({ asOf: '2026-03-01', countyCode: county });
  });

  test('other roles are refused as before; a bad day is a 400 naming the field', async () => {
    expect((await (await app.login('official')).get('/api/education/cases/table?asOf=2026-03-01')).status).toBe(403);
    const bad = await education.get('/api/education/cases/table?asOf=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('asOf');
    expect(JSON.stringify(bad.body)).toMatch(/统计日期/);
  });
});
