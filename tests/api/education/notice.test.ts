import { beforeAll, describe, expect, test } from 'vitest';
import { countyNames, type CountyCode } from '../../../api/domain/geo/vocabulary';
import { DEMO_PASSWORD } from '../../../api/services/demo/demoAccounts';
import { pdfPageSizes, pdfPageTexts } from '../../helpers/pdfTools';
import { getTestApp, testDatabases, type TestApp } from '../../helpers/testApp';

type Row = { id: number; school: string; township: string; county: CountyCode };

describe.each(testDatabases)('notice PDF on %s', (kind) => {
  let app: TestApp;
  let cookie: string;
  let c: Row;
  beforeAll(async () => {
    app = await getTestApp(kind);
    const res = await fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'education', password: DEMO_PASSWORD }) });
    cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    // A seeded case whose child is enrolled: the notice must send the child back to that school.
    const result = await app.database.db.execute(
      `select e.id, s.name as school, t.name as township, e.responsible_county_code as county from edu_cases e
         join edu_children ch on ch.id = e.child_id join edu_schools s on s.id = ch.school_id join townships t on t.code = ch.township_code
         order by e.id limit 1` as never,
    );
    c = ((result as { rows?: Row[] }).rows ?? (result as unknown as Row[]))[0]!;
    expect(c).toBeDefined();
  });

  test.each(['deadline_notice', 'order_to_correct'])('%s names the county, township and school, the deadline, and has no county code in brackets', async (noticeKind) => {
    const res = await fetch(`${app.baseUrl}/api/education/cases/${c.id}/notice.pdf?kind=${noticeKind}&date=2026-11-20`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await res.arrayBuffer());
    expect(pdfPageSizes(pdf)).toHaveLength(1);
    const text = pdfPageTexts(pdf)[0]!.replace(/\s/g, '');
    expect(text).toContain(`${countyNames[c.county].official}教育局`);
    expect(text).toContain(`${c.township}人民政府`);
    expect(text).toContain(c.school.replace(/\s/g, ''));
    expect(text).toContain(noticeKind === 'deadline_notice' ? '2026年11月25日前' : '2026年11月27日前');
    expect(text).toContain('回执');
    expect(text).not.toMatch(/（\d{6}）/);
  });
});
