import { beforeAll, describe, expect, test } from 'vitest';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { shanghaiTime } from '../../../api/domain/shared/shanghaiTime';

describe.each(testDatabases)('audit viewer on %s', (kind) => {
  let app: TestApp;
  let admin: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    admin = await app.login('admin');
  });

  test('hand case: 2026-11-19T16:30:05Z is 2026-11-20 00:30:05 in Asia/Shanghai', () => {
    expect(shanghaiTime(new Date('2026-11-19T16:30:05Z'))).toBe('2026-11-20 00:30:05');
  });

  test('filter by user, action and result; times in UTC and Asia/Shanghai; a time window', async () => {
    const username = 'inspector4';
    const since = new Date(Date.now() - 1000).toISOString();
    await app.anon.post('/api/auth/login', { username, password: 'wrong-one' });
    const r = await admin.get(`/api/admin/audit?user=${username}&action=login&result=failed&from=${encodeURIComponent(since)}`);
    expect(r.status).toBe(200);
    expect(r.body.total).toBeGreaterThanOrEqual(1);
    for (const row of r.body.rows) {
      expect(row).toMatchObject({ actor: username, action: 'login', result: 'failed' });
      expect(row.atShanghai).toBe(shanghaiTime(new Date(row.at)));
      expect(new Date(row.at).getTime()).toBeGreaterThanOrEqual(new Date(since).getTime());
    }
    const future = await admin.get(`/api/admin/audit?user=${username}&from=${encodeURIComponent('2099-01-01T00:00:00+08:00')}`);
    expect(future.body).toEqual({ total: 0, rows: [] });
    expect((await admin.get('/api/admin/audit?from=yesterday')).body.error.field).toBe('from');
  });

  test('CSV export with Beijing time first; the export itself is audited; non-admins 403', async () => {
    const csv = await admin.get('/api/admin/audit.csv?action=login&result=failed');
    expect(csv.status).toBe(200);
    const lines = csv.text.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^时间（北京时间）,time \(UTC\),/);
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{4}-\d\d-\d\dT/);
    const audited = await admin.get('/api/admin/audit?action=audit.export&user=admin&limit=1');
    expect(audited.body.rows[0].detail.rows).toBe(lines.length - 1);
    expect((await (await app.login('official')).get('/api/admin/audit')).status).toBe(403);
  });
});
