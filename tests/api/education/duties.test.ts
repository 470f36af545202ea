// Duty calendar over HTTP on PGlite and PostgreSQL (issue 13): list, reminders, audited marking.
// 海东 101号 Art. 8(一) population book due 02-28; Art. 12(四) losses within 10 days of 03-01 → 03-11.
import { beforeAll, describe, expect, test } from 'vitest';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

describe.each(testDatabases)('duty calendar on %s', (kind) => {
  let app: TestApp;
  let edu: Client;
  let township: string;
  let otherTownship: string;
  beforeAll(async () => {
    app = await getTestApp(kind);
    edu = await app.login('education');
    const t = (await edu.get('/api/geo/townships')).body.features.map((f: { properties: { code: string; countyCode: string } }) => f.properties);
    township = t.find((p: { countyCode: string }) => p.countyCode === '630202').code;
    otherTownship = t.find((p: { countyCode: string }) => p.countyCode === '630203').code;
  });

  test('a township calendar: statuses on 03-15, marking done is audited and once only', async () => {
    const q = `county=630202&township=${township}&year=2026&asOf=2026-03-15`;
    const list = await edu.get(`/api/education/duties?${q}`);
    expect(list.status).toBe(200);
    expect(list.body.ruleSet.id).toBe('haidong-2023-101');
    const first = list.body.duties.slice(0, 3).map((d: { dutyId: string; dueDate: string; status: string }) => `${d.dueDate} ${d.dutyId} ${d.status}`);
    expect(first).toEqual(['2026-02-28 haidong-population-book overdue', '2026-03-11 haidong-loss-report overdue', '2026-03-31 haidong-joint-inspection due']);
    expect(list.body.duties[0].article).toContain('第八条(一)');

    const done = await edu.post('/api/education/duties/done', { county: '630202', township, dutyId: 'haidong-population-book', dueDate: '2026-02-28', doneOn: '2026-03-01' });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ dutyId: 'haidong-population-book', status: 'done', doneOn: '2026-03-01' });
    const again = await edu.post('/api/education/duties/done', { county: '630202', township, dutyId: 'haidong-population-book', dueDate: '2026-02-28', doneOn: '2026-03-02' });
    expect(again.status).toBe(409);
    const after = await edu.get(`/api/education/duties?${q}`);
    expect(after.body.duties[0]).toMatchObject({ status: 'done', doneOn: '2026-03-01' });
    // The county's own calendar is separate from its township's.
    const county = await edu.get('/api/education/duties?county=630202&year=2026&asOf=2026-03-15');
    expect(county.body.duties[0].status).toBe('overdue');

    const reminders = await edu.get(`/api/education/duties/reminders?county=630202&township=${township}&year=2026&asOf=2026-03-20`);
    expect(reminders.status).toBe(200);
    expect(reminders.body.reminders.map((d: { dutyId: string; status: string }) => `${d.dutyId} ${d.status}`)).toEqual([
      'haidong-loss-report overdue',
      'haidong-joint-inspection due',
      'haidong-plan-march due',
    ]);
  });

  test('refusals name the field; officials read the calendar but get no reminders and cannot mark', async () => {
    const wrongTownship = await edu.get(`/api/education/duties?county=630202&township=${otherTownship}&year=2026`);
    expect(wrongTownship.status).toBe(400);
    expect(wrongTownship.body.error.field).toBe('township');
    const unknown = await edu.post('/api/education/duties/done', { county: '630202', dutyId: 'haidong-population-book', dueDate: '2026-02-27', doneOn: '2026-03-01' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('dutyId');
    const official = await app.login('official');
    expect((await official.get('/api/education/duties?county=620402&year=2026')).status).toBe(200);
    expect((await official.get('/api/education/duties/reminders?county=630202')).status).toBe(403);
    expect((await official.post('/api/education/duties/done', { county: '630202', dutyId: 'haidong-population-book', dueDate: '2026-08-31', doneOn: '2026-08-01' })).status).toBe(403);
  });
});
