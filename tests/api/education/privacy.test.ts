import { describe, expect, test, beforeAll } from 'vitest';
import { getTestApp, testDatabases, type TestApp, type Client } from '../../helpers/testApp';
import { fullIdPattern } from './helpers';

// Every endpoint that touches an individual child; the ids are seeded demo cases.
const childEndpoints: [string, string, unknown?][] = [
  ['GET', '/api/education/cases'],
  ['GET', '/api/education/cases/1'],
  ['POST', '/api/education/cases/1/reveal'],
  ['GET', '/api/education/cases/1/escalation'],
  ['POST', '/api/education/cases/1/escalation', { event: 'home_visit_failed', date: '2026-11-20' }],
  ['POST', '/api/education/cases/1/legal-steps', { act: 'education', date: '2026-11-20' }],
  ['POST', '/api/education/cases/1/placement', { kind: 'regular_class', date: '2026-11-20' }],
  ['POST', '/api/education/cases/1/close', { date: '2026-11-20', reason: 'duplicate' }],
  ['GET', '/api/education/cases/export.xlsx'],
  ['GET', '/api/education/cases/1/notice.pdf?kind=deadline_notice'],
  ['POST', '/api/education/cross-check', { asOf: '2026-11-20', household: [], students: [], inSchool: [], poverty: [] }],
  ['POST', '/api/education/coverage', { catchments: { type: 'FeatureCollection', features: [] }, children: { type: 'FeatureCollection', features: [] } }],
  ['GET', '/api/education/registers'],
  ['POST', '/api/education/registers/household/import'],
  ['POST', '/api/education/cross-check/run', { asOf: '2026-11-20' }],
];
const aggregateEndpoints = ['/coverage/summary', '/coverage/catchments', '/dropout-rates', '/consolidation', '/accountability', '/uncovered-density', '/distance-flags', '/schools'];

describe.each(testDatabases)('education privacy on %s', (kind) => {
  let app: TestApp;
  let edu: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    edu = await app.login('education');
  });

  test.each(['planner', 'inspector1', 'official'])('%s gets 403 on every child endpoint', async (user) => {
    const c = await app.login(user);
    for (const [method, path, body] of childEndpoints) {
      const r = await c.request(method, path, body);
      expect(r.status, `${user} ${method} ${path}`).toBe(403);
      expect(fullIdPattern.test(r.text)).toBe(false);
    }
  });

  test('planners and inspectors get 403 on aggregates; officials read them', async () => {
    const planner = await app.login('planner');
    const inspector = await app.login('inspector2');
    const official = await app.login('official');
    for (const path of aggregateEndpoints) {
      expect((await planner.get(`/api/education${path}`)).status).toBe(403);
      expect((await inspector.get(`/api/education${path}`)).status).toBe(403);
      const r = await official.get(`/api/education${path}`);
      expect(r.status, path).toBe(200);
      expect(fullIdPattern.test(r.text), path).toBe(false);
    }
    expect((await app.anon.get('/api/education/cases')).status).toBe(401);
  });

  test('case lists are masked on the server and not cached', async () => {
    const r = await edu.get('/api/education/cases?limit=500');
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.body.cases.length).toBeGreaterThan(0);
    expect(fullIdPattern.test(r.text)).toBe(false);
    for (const c of r.body.cases) {
      expect(c.idNumberMasked).toMatch(/^\*{14}[\dX]{4}$/);
      expect(c.nameMasked).toMatch(/^.\*+$/u);
    }
  });

  test('detail, reveal and export are audited and carry no-store', async () => {
    const list = await edu.get('/api/education/cases?limit=1');
    const id = list.body.cases[0].id as number;
    const detail = await edu.get(`/api/education/cases/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.headers.get('cache-control')).toBe('no-store');
    // The detail view keeps the ID number masked; only the audited reveal gives it in full.
    expect(fullIdPattern.test(detail.text)).toBe(false);
    expect(detail.body.case.idNumberMasked).toMatch(/^\*{14}[\dX]{4}$/);
    const reveal = await edu.post(`/api/education/cases/${id}/reveal`);
    expect(reveal.status).toBe(200);
    expect(reveal.body.idNumber).toMatch(fullIdPattern);
    expect(reveal.body.idNumber.slice(-4)).toBe(detail.body.case.idNumberMasked.slice(-4));
    const xlsx = await edu.get('/api/education/cases/export.xlsx?kind=dropout');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const pdf = await edu.get(`/api/education/cases/${id}/notice.pdf?kind=order_to_correct`);
    expect(pdf.status).toBe(200);
    expect(pdf.text.startsWith('%PDF')).toBe(true);
    const audit = await app.database.db.execute(
      `select action from audit_log where actor = 'education' and object_type = 'edu_case' and (object_id = '${id}' or action = 'education.cases.export')` as never,
    );
    const actions = ((audit as { rows?: { action: string }[] }).rows ?? (audit as unknown as { action: string }[])).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['education.case.view', 'education.case.reveal', 'education.cases.export', 'education.case.notice']));
  });
});
