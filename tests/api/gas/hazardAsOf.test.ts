import { fc } from '@fast-check/vitest';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { insertTransitions } from '../../../db/repositories/gasHazards';
import { parseCsvRows } from '../../../api/domain/shared/csv';
import { addDays, chinaDate } from '../../../api/domain/shared/calendarDate';
import { isOverdue } from '../../../api/domain/gas/hazardWorkflow';
import { statusAsOf, type StatusTransition } from '../../../api/domain/gas/statusAsOf';
import { hazardStatuses, hazardStatusLabels, type HazardStatus } from '../../../api/domain/gas/vocabulary';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { hazardInput, venuesOf } from './gasHelpers';

// The time slider (issue 11): `asOf` rebuilds each hazard's status from its transition history in
// SQL (hazardsFrom, db/repositories/gasHazards.ts). Checked against the pure rule statusAsOf on the
// demo histories at every round's dates and on random histories around Haidong midnight.

interface Hazard { id: number; deadline: string; history: StatusTransition[] }

/** Every hazard matching `where` (alias h) with its full history, read straight from the database. */
async function hazardsWithHistory(app: TestApp, where: ReturnType<typeof sql>): Promise<Hazard[]> {
  const rows = await queryRows<{ id: number; deadline: string; history: StatusTransition[] | string }>(
    app.database.db,
    sql`select h.id::int as id, to_char(h.deadline, 'YYYY-MM-DD') as deadline,
        (select json_agg(json_build_object('from', t.from_status, 'to', t.to_status,
           'at', to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) order by t.at, t.id)
         from gas_hazard_transitions t where t.hazard_id = h.id) as history
        from gas_hazards h where ${where}`,
  );
  return rows.map((r) => ({ id: Number(r.id), deadline: r.deadline, history: (typeof r.history === 'string' ? JSON.parse(r.history) : r.history) ?? [] }));
}

/** What the list must hold as of `date`, by the pure rule: id → status, for the hazards recorded by then. */
function expectedAsOf(hazards: readonly Hazard[], date: string): Map<number, HazardStatus> {
  const out = new Map<number, HazardStatus>();
  for (const h of hazards) {
    const s = statusAsOf(h.history, date);
    if (s) out.set(h.id, s);
  }
  return out;
}

/** The list's rows as id → status label, every page of it. */
async function listed(c: Client, query: string): Promise<Map<number, string>> {
  const r = await c.get(`/api/gas/hazards/table?${query}&sort=id&dir=asc&limit=500`);
  expect(r.status, r.text).toBe(200);
  expect(r.body.total).toBeLessThanOrEqual(500);
  return new Map(r.body.rows.map((row: any) => [Number(row.id), row.cells.status as string]));
}

const labelled = (m: Map<number, HazardStatus>) => new Map([...m].map(([id, s]) => [id, hazardStatusLabels[s].zh]));

describe.each(testDatabases)('hazard status as of a date on %s', (kind) => {
  let app: TestApp;
  let official: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    official = await app.login('official');
  });

  test("at every round's first and last day, the list as of that day is the pure rule over the demo histories", async () => {
    const campaigns = (await official.get('/api/gas/campaigns')).body as { rounds: { startsOn: string; endsOn: string }[] }[];
    const dates = [...new Set(campaigns.flatMap((c) => c.rounds.flatMap((r) => [addDays(r.startsOn, -1), r.startsOn, r.endsOn])))].sort();
    expect(dates.length).toBeGreaterThan(2);
    const hazards = await hazardsWithHistory(app, sql`h.district_code = '630222'`);
    let changed = 0;
    for (const date of dates) {
      const want = expectedAsOf(hazards, date);
      expect(await listed(official, `district=630222&asOf=${date}`), date).toEqual(labelled(want));
      // Overdue is judged on that day, with that day's status (hazardWorkflow.overdueRule).
      const overdue = [...want].filter(([id, status]) => isOverdue({ status, deadline: hazards.find((h) => h.id === id)!.deadline }, date)).length;
      const page = await official.get(`/api/gas/hazards/table?district=630222&asOf=${date}&overdue=true&limit=1`);
      expect(page.body.total, `overdue ${date}`).toBe(overdue);
      const now = new Map(hazards.map((h) => [h.id, h.history.at(-1)?.to]));
      if ([...want].some(([id, s]) => now.get(id) !== s) || want.size < hazards.length) changed++;
    }
    // The slider is not a no-op on the demo data: earlier days show fewer hazards or older statuses.
    expect(changed).toBeGreaterThan(0);
  });

  test('the status filter, the map clusters, the GeoJSON list and the export all read the as-of status', async () => {
    const campaigns = (await official.get('/api/gas/campaigns')).body as { rounds: { endsOn: string }[] }[];
    const date = campaigns.at(-1)!.rounds[0]!.endsOn;
    const want = expectedAsOf(await hazardsWithHistory(app, sql`true`), date);
    for (const status of hazardStatuses) {
      const n = [...want.values()].filter((s) => s === status).length;
      const table = await official.get(`/api/gas/hazards/table?asOf=${date}&status=${status}&limit=1`);
      expect(table.body.total, status).toBe(n);
      const map = await official.get(`/api/gas/hazards?asOf=${date}&status=${status}&limit=1`);
      expect(map.body.total, status).toBe(n);
      const clusters = await official.get(`/api/gas/hazards/clusters?asOf=${date}&status=${status}&bbox=100,34,104,38&zoom=6`);
      expect(clusters.body.total, status).toBe(n);
    }
    const list = await listed(official, `asOf=${date}&district=630202`);
    const csv = parseCsvRows((await official.get(`/api/gas/hazards/table/export?asOf=${date}&district=630202&sort=id&dir=asc&format=csv`)).text);
    expect(csv.slice(1).map((r) => [Number(r[0]), r[6]])).toEqual([...list]);
  });

  test('random histories around Haidong midnight: the SQL agrees with statusAsOf on every day', async () => {
    const [venue] = await venuesOf(official, '630224', 1);
    // Minutes from 2021-03-01 00:00 Haidong time, so many moves fall within minutes of midnight.
    const start = Date.parse('2021-03-01T00:00:00+08:00');
    const historyArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 * 24 * 60 }), fc.constantFrom(...hazardStatuses)), { minLength: 1, maxLength: 8 });
    const near = (m: number) => [m, 24 * 60 * Math.round(m / (24 * 60)) - 1, 24 * 60 * Math.round(m / (24 * 60))];
    await fc.assert(
      fc.asyncProperty(historyArb, fc.boolean(), async (moves, snap) => {
        const created = await official.post('/api/gas/hazards', hazardInput(venue!));
        expect(created.status).toBe(201);
        await insertTransitions(
          app.database.db,
          moves.map(([m, to], i) => ({
            hazardId: created.body.id,
            fromStatus: i === 0 ? null : moves[i - 1]![1],
            toStatus: to,
            actor: 'test',
            role: 'official',
            note: null,
            // Snapped moves sit at 23:59 and 00:00 Haidong time; two may share one instant.
            at: new Date(start + (snap ? near(m)[1 + (i % 2)]! : m) * 60_000),
          })),
        );
        const hazards = await hazardsWithHistory(app, sql`h.venue_id = ${venue!}`);
        for (let d = -1; d <= 7; d++) {
          const date = addDays('2021-03-01', d);
          expect(await listed(official, `venueId=${venue}&asOf=${date}`), date).toEqual(labelled(expectedAsOf(hazards, date)));
        }
      }),
      { numRuns: 12 },
    );
  });

  test('a hazard recorded today is not in the list as of yesterday; a bad date is a 400 naming the field', async () => {
    const [venue] = await venuesOf(official, '630225', 1);
    const created = await official.post('/api/gas/hazards', hazardInput(venue!));
    const yesterday = addDays(chinaDate(new Date()), -1);
    expect((await listed(official, `venueId=${venue}&asOf=${yesterday}`)).has(created.body.id)).toBe(false);
    expect((await listed(official, `venueId=${venue}`)).has(created.body.id)).toBe(true);
    const bad = await official.get('/api/gas/hazards/table?asOf=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('asOf');
  });
});
