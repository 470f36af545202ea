import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { hazardInput, venuesOf } from './gasHelpers';

describe.each(testDatabases)('gas workflow on %s', (kind) => {
  let app: TestApp;
  let i3: Client;
  let official: Client;
  let venue: number;
  const countAt = async (v: number) => (await official.get(`/api/gas/hazards?venueId=${v}`)).body.total as number;
  beforeAll(async () => {
    app = await getTestApp(kind);
    i3 = await app.login('inspector3');
    official = await app.login('official');
    [venue] = await venuesOf(official, '630222', 1);
  });

  test('a hazard walks found → rectifying → rectified → verified; skips are 409 and change nothing', async () => {
    const created = await i3.post('/api/gas/hazards', hazardInput(venue, { foundAt: '2026-11-02', deadline: '2026-11-09' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ districtCode: '630222', groupNo: 3 });
    const id = created.body.id;
    const skip = await i3.post(`/api/gas/hazards/${id}/transition`, { to: 'rectified' });
    expect(skip.status).toBe(409);
    expect(skip.body.error).toMatchObject({ code: 'forbidden_transition', field: 'to' });
    let h = await i3.get(`/api/gas/hazards/${id}`);
    expect(h.body.status).toBe('found');
    expect(h.body.history).toHaveLength(1);
    // Past its 2026-11-09 deadline and not fixed: overdue, in the list and in the detail.
    expect(h.body.overdue).toBe(true);
    const listed = await i3.get(`/api/gas/hazards?venueId=${venue}&overdue=true`);
    expect(listed.body.features.map((f: any) => f.properties.id)).toContain(id);
    expect(listed.body.features.find((f: any) => f.properties.id === id).properties).toMatchObject({
      countyCode: '630222', groupNo: 3, severity: 'general', status: 'found', foundAt: '2026-11-02', deadline: '2026-11-09', overdue: true,
    });
    for (const to of ['rectifying', 'rectified', 'rectifying', 'rectified', 'verified']) {
      const r = await i3.post(`/api/gas/hazards/${id}/transition`, { to, note: `→ ${to}` });
      expect(r.status, to).toBe(200);
      expect(r.body.status).toBe(to);
    }
    h = await i3.get(`/api/gas/hazards/${id}`);
    expect(h.body.history.map((t: any) => [t.from, t.to])).toEqual([
      [null, 'found'],
      ['found', 'rectifying'],
      ['rectifying', 'rectified'],
      ['rectified', 'rectifying'],
      ['rectifying', 'rectified'],
      ['rectified', 'verified'],
    ]);
    expect(h.body.overdue).toBe(false);
    expect((await i3.post(`/api/gas/hazards/${id}/transition`, { to: 'rectifying' })).status).toBe(409);
  });

  test('only an official verifies a major hazard (403 for the inspector, nothing written)', async () => {
    const id = (await i3.post('/api/gas/hazards', hazardInput(venue, { severity: 'major', interimMeasures: '停用' }))).body.id;
    await i3.post(`/api/gas/hazards/${id}/transition`, { to: 'rectifying' });
    await i3.post(`/api/gas/hazards/${id}/transition`, { to: 'rectified' });
    const refused = await i3.post(`/api/gas/hazards/${id}/transition`, { to: 'verified' });
    expect(refused.status).toBe(403);
    expect((await i3.get(`/api/gas/hazards/${id}`)).body.history).toHaveLength(3);
    const board = await official.get('/api/gas/major-board');
    expect(board.body.items.map((b: any) => b.id)).toContain(id);
    expect((await official.post(`/api/gas/hazards/${id}/transition`, { to: 'verified' })).status).toBe(200);
    expect((await official.get('/api/gas/major-board')).body.items.map((b: any) => b.id)).not.toContain(id);
  });

  test.each([
    [{ category: 'nope' }, 'category'],
    [{ severity: 'huge' }, 'severity'],
    [{ deadline: '2026-10-01', foundAt: '2026-10-05' }, 'deadline'],
    [{ deadline: '2026-02-30' }, 'deadline'],
    [{ description: '' }, 'description'],
    [{ venueId: 'x' }, 'venueId'],
    [{ foundAt: '2999-01-01', deadline: '2999-02-01' }, 'foundAt'],
  ])('bad input %j → 400 naming %s, nothing written', async (over, field) => {
    const before = await countAt(venue);
    const r = await i3.post('/api/gas/hazards', hazardInput(venue, over));
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe(field);
    expect(await countAt(venue)).toBe(before);
  });

  test('unknown transition target → 400; unknown hazard → 404', async () => {
    expect((await i3.post('/api/gas/hazards/1/transition', { to: 'closed' })).body.error.field).toBe('to');
    expect((await i3.post('/api/gas/hazards/999999999/transition', { to: 'rectifying' })).status).toBe(404);
  });

  test('a visit is recorded in the round of its day; outside every round it is kept as "outside a round" (issue 10)', async () => {
    const ok = await i3.post('/api/gas/visits', { venueId: venue, visitedOn: '2026-11-03', inspectors: '马某某、韩某某' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ campaignId: 'haidong-gas-2026', roundNo: 2, groupNo: 3, districtCode: '630222', outsideRound: false });
    const outside = await i3.post('/api/gas/visits', { venueId: venue, visitedOn: '2026-06-01', inspectors: '马某某' });
    expect(outside.status).toBe(201);
    expect(outside.body).toMatchObject({ campaignId: null, roundNo: null, outsideRound: true });
  });

  test('history is append-only in the database; writes are audited', async () => {
    const db = app.database.db;
    // drizzle wraps the driver error; the trigger's message is in its cause.
    const refusal = (p: Promise<unknown>) => p.then(() => 'written', (e: any) => String(e?.cause?.message ?? e?.message));
    expect(await refusal(db.execute(sql`update gas_hazard_transitions set note = 'x'`))).toMatch(/append-only/);
    expect(await refusal(db.execute(sql`delete from gas_hazard_transitions`))).toMatch(/append-only/);
    const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log where action = 'gas.hazard.transition' and actor = 'inspector3'`);
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
  });
});
