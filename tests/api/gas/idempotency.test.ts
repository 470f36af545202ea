import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { purgeIdempotencyKeys } from '../../../api/services/idempotency/purgeIdempotencyKeys';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { hazardInput, venuesOf } from './gasHelpers';

const key = (label: string) => `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

describe.each(testDatabases)('Idempotency-Key on gas field writes on %s', (kind) => {
  let app: TestApp;
  let i3: Client;
  let official: Client;
  let venue: number;
  const hazardsAt = async (v: number) => (await official.get(`/api/gas/hazards?venueId=${v}`)).body.total as number;
  const auditRows = async (action: string, objectId: number) =>
    (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from audit_log where action = ${action} and object_id = ${String(objectId)}`))[0]!.n;

  beforeAll(async () => {
    app = await getTestApp(kind);
    i3 = await app.login('inspector3');
    official = await app.login('official');
    [venue] = await venuesOf(official, '630222', 1);
  });

  test('the same key and body: the first answer is replayed, one hazard and one audit row written', async () => {
    const before = await hazardsAt(venue!);
    const k = key('hz');
    const first = await i3.post('/api/gas/hazards', hazardInput(venue!), { 'Idempotency-Key': k });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    const again = await i3.post('/api/gas/hazards', hazardInput(venue!), { 'Idempotency-Key': k });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await hazardsAt(venue!)).toBe(before + 1);
    expect(await auditRows('gas.hazard.create', first.body.id)).toBe(1);
  });

  test('the same key with another body → 422 idempotency_key_reused, nothing written', async () => {
    const k = key('reuse');
    expect((await i3.post('/api/gas/hazards', hazardInput(venue!), { 'Idempotency-Key': k })).status).toBe(201);
    const before = await hazardsAt(venue!);
    const other = await i3.post('/api/gas/hazards', hazardInput(venue!, { description: '另一条隐患' }), { 'Idempotency-Key': k });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    expect(await hazardsAt(venue!)).toBe(before);
  });

  test('the same key on another route is a reuse too (422)', async () => {
    const k = key('route');
    const h = await i3.post('/api/gas/hazards', hazardInput(venue!), { 'Idempotency-Key': k });
    const moved = await i3.post(`/api/gas/hazards/${h.body.id}/transition`, { to: 'rectifying' }, { 'Idempotency-Key': k });
    expect(moved.status).toBe(422);
    expect((await i3.get(`/api/gas/hazards/${h.body.id}`)).body.status).toBe('found');
  });

  test('concurrent requests with one key: one write, every answer the same', async () => {
    const before = await hazardsAt(venue!);
    const k = key('race');
    const answers = await Promise.all(Array.from({ length: 6 }, () => i3.post('/api/gas/hazards', hazardInput(venue!, { description: '并发重试' }), { 'Idempotency-Key': k })));
    for (const a of answers) expect(a.status).toBe(201);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotency-replayed') === 'true')).toHaveLength(5);
    expect(await hazardsAt(venue!)).toBe(before + 1);
  });

  test('a transition replayed writes one history entry; a refusal is not kept', async () => {
    const id = (await i3.post('/api/gas/hazards', hazardInput(venue!))).body.id;
    const k = key('tr');
    const refused = await i3.post(`/api/gas/hazards/${id}/transition`, { to: 'rectified' }, { 'Idempotency-Key': k });
    expect(refused.status).toBe(409);
    const first = await i3.post(`/api/gas/hazards/${id}/transition`, { to: 'rectifying' }, { 'Idempotency-Key': k + 'b' });
    expect(first.status).toBe(200);
    const again = await i3.post(`/api/gas/hazards/${id}/transition`, { to: 'rectifying' }, { 'Idempotency-Key': k + 'b' });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect((await i3.get(`/api/gas/hazards/${id}`)).body.history).toHaveLength(2);
    // The refused key was released with its rollback: the same request is judged afresh (now allowed), not replayed as 409.
    const retried = await i3.post(`/api/gas/hazards/${id}/transition`, { to: 'rectified' }, { 'Idempotency-Key': k });
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotency-replayed')).toBeNull();
  });

  test('keys are per user: another user sending the same key writes their own record', async () => {
    const k = key('per-user');
    const a = await i3.post('/api/gas/hazards', hazardInput(venue!), { 'Idempotency-Key': k });
    const b = await official.post('/api/gas/hazards', hazardInput(venue!), { 'Idempotency-Key': k });
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  test.each([['', 'empty'], ['has space', 'space'], ['x'.repeat(201), '201 characters'], ['caf\u00e9', 'non-ASCII']])('malformed key %#: 400, nothing written', async (bad) => {
    const before = await hazardsAt(venue!);
    const r = await i3.post('/api/gas/hazards', hazardInput(venue!), { 'Idempotency-Key': bad });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'invalid_idempotency_key', field: 'Idempotency-Key' });
    expect(await hazardsAt(venue!)).toBe(before);
  });

  test('PATCH enforcement replays too; the purge keeps fresh keys and drops old ones', async () => {
    const id = (await i3.post('/api/gas/hazards', hazardInput(venue!))).body.id;
    const k = key('enf');
    const body = { enforcementOutcome: 'punish', fineYuan: 3000 };
    expect((await i3.patch(`/api/gas/hazards/${id}/enforcement`, body)).status).toBe(200);
    const first = await i3.request('PATCH', `/api/gas/hazards/${id}/enforcement`, body, { 'Idempotency-Key': k });
    const again = await i3.request('PATCH', `/api/gas/hazards/${id}/enforcement`, body, { 'Idempotency-Key': k });
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await auditRows('gas.hazard.enforcement', id)).toBe(2);
    await purgeIdempotencyKeys(app.database.db);
    expect((await queryRows(app.database.db, sql`select 1 from idempotency_keys where key = ${k}`)).length).toBe(1);
    await app.database.db.execute(sql`update idempotency_keys set created_at = now() - interval '49 hours' where key = ${k}`);
    expect(await purgeIdempotencyKeys(app.database.db)).toBeGreaterThanOrEqual(1);
    expect((await queryRows(app.database.db, sql`select 1 from idempotency_keys where key = ${k}`)).length).toBe(0);
  });

  test('the OpenAPI document names the header on each field write', async () => {
    const doc = (await official.get('/api/openapi.json')).body;
    for (const [path, method] of [['/api/gas/hazards', 'post'], ['/api/gas/visits', 'post'], ['/api/gas/hazards/{id}/transition', 'post'], ['/api/gas/hazards/{id}/enforcement', 'patch'], ['/api/gas/venues', 'post']] as const) {
      expect(doc.paths[path][method].parameters.map((p: any) => p.name), `${method} ${path}`).toContain('Idempotency-Key');
    }
  });
});
