// The 控辍保学 analyses as of a past day (issue 11, the time slider "school terms/as-of dates for
// education: the map and lists show the state at the chosen time"), over HTTP on PGlite and
// PostgreSQL. The oracle is the pure caseStatusAsOf over the stored cases' dates, not the SQL.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { caseStatusAsOf } from '../../../api/domain/education/caseStatusAsOf';
import { referenceYear } from '../../../api/domain/education/schoolAge';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

interface StoredCase {
  id: number;
  kind: string;
  status: 'open' | 'returned' | 'closed';
  openedOn: string;
  closedOn: string | null;
  placedOn: string | null;
  placed: boolean;
  county: string;
  /** The township counts join the child's household township: a case without a child is not in them. */
  withChild: boolean;
}

const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe.each(testDatabases)('analyses as of a day on %s', (kind) => {
  let app: TestApp;
  let edu: Client;
  const stored = () =>
    queryRows<StoredCase>(
      app.database.db,
      sql`select id::int as id, kind, status, opened_on::text as "openedOn", closed_on::text as "closedOn", placement->>'date' as "placedOn",
            placement is not null as placed, responsible_county_code as county, child_id is not null as "withChild" from edu_cases`,
    );
  beforeAll(async () => {
    app = await getTestApp(kind);
    edu = await app.login('education');
  });

  /** Dropout cases open at the end of `day`, by the pure rule: of a county (零辍学), or with a child (township counts). */
  const openDropouts = (cases: readonly StoredCase[], day: string, county?: string) =>
    cases.filter((c) => c.kind === 'dropout' && (county ? c.county === county : c.withChild) && caseStatusAsOf(c, day) === 'open').length;
  const apiDropouts = async (day?: string) => {
    const r = await edu.get(`/api/education/dropout-rates${day ? `?asOf=${day}` : ''}`);
    expect(r.status).toBe(200);
    if (day) expect(r.body.asOf).toBe(day);
    return (r.body.counties as { dropouts: number }[]).reduce((s, c) => s + c.dropouts, 0);
  };

  test('dropout rates count the cases open on the chosen day, not today\'s', async () => {
    // A history: of two open dropout cases opened on day O, one returns to school on O+10 and the
    // other is closed on O+20 (dated moves, as an officer records them).
    const before = await stored();
    const [a, b] = before.filter((c) => c.kind === 'dropout' && c.withChild && c.status === 'open').sort((x, y) => y.id - x.id);
    expect(a && b).toBeTruthy();
    const opened = a!.openedOn > b!.openedOn ? a!.openedOn : b!.openedOn;
    expect((await edu.post(`/api/education/cases/${a!.id}/placement`, { kind: 'regular_class', date: plusDays(opened, 10) })).status).toBe(200);
    expect((await edu.post(`/api/education/cases/${b!.id}/close`, { date: plusDays(opened, 20), reason: 'duplicate' })).status).toBe(200);
    const cases = await stored();
    const days = [plusDays(opened, -1), opened, plusDays(opened, 10), plusDays(opened, 20)];
    for (const day of days) expect(await apiDropouts(day), day).toBe(openDropouts(cases, day));
    // The two moves show on their days: two fewer open between O and O+20 (others may move too).
    expect(openDropouts(cases, opened) - openDropouts(cases, plusDays(opened, 10))).toBeGreaterThanOrEqual(1);
    expect(openDropouts(cases, plusDays(opened, 10)) - openDropouts(cases, plusDays(opened, 20))).toBeGreaterThanOrEqual(1);
    expect(openDropouts(cases, plusDays(opened, -1), a!.county)).toBeLessThanOrEqual(openDropouts(cases, opened, a!.county));
    // Without a day: today's statuses.
    expect(await apiDropouts()).toBe(cases.filter((c) => c.kind === 'dropout' && c.withChild && c.status === 'open').length);
  });

  test('consolidation: the school year before the chosen day, 零辍学 judged on that day\'s open dropouts', async () => {
    const cases = await stored();
    const day = '2025-10-01';
    const r = await edu.get(`/api/education/consolidation?asOf=${day}`);
    expect(r.status).toBe(200);
    expect(r.body.schoolYear).toBe(referenceYear(day) - 1);
    for (const c of r.body.counties as { countyCode: string; zeroDropout?: { openDropouts: number | null } | null }[]) {
      if (c.zeroDropout && c.zeroDropout.openDropouts !== null) expect(c.zeroDropout.openDropouts, c.countyCode).toBe(openDropouts(cases, day, c.countyCode));
    }
    const bad = await edu.get('/api/education/consolidation?asOf=2025-13-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('asOf');
  });
});
