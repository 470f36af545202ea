import { beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client';
import { client, getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { uploadText } from './helpers';

/**
 * Issue 14, "Education scope": an education user bound to a county analyses, lists risk, imports
 * registers and runs the cross-check for its own county only — enforced in the queries (the
 * county goes into the WHERE of each repository), answered 403 for another county's figures or
 * rows and 404 for another scope's register import (as a missing one).
 */
const own = '630222'; // 民和县
const other = '630202'; // 乐都区
const password = 'Minhe-Analyses-2026';

const analyses = ['/coverage/summary', '/coverage/catchments', '/dropout-rates', '/consolidation', '/accountability', '/uncovered-density', '/distance-flags'];

/** Every `countyCode` anywhere in a JSON answer. */
function countyCodes(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => countyCodes(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'countyCode' && typeof x === 'string') out.push(x);
      else countyCodes(x, out);
    }
  }
  return out;
}

describe.each(testDatabases)('a county-bound education user on %s', (kind) => {
  let app: TestApp;
  let minhe: Client;
  let cityEdu: Client;
  let username: string;
  beforeAll(async () => {
    app = await getTestApp(kind);
    const admin = await app.login('admin');
    cityEdu = await app.login('education');
    username = `edu-scope-${kind}-${Date.now().toString(36)}`;
    const made = await admin.post('/api/admin/users', { username, displayName: '民和县教育局分析', role: 'education', countyCode: own, password });
    expect(made.status).toBe(201);
    const res = await fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    expect(res.status).toBe(200);
    minhe = client(app.baseUrl, res.headers.get('set-cookie')!.split(';')[0]!);
  });

  test.each(analyses)('%s: the own county without asking, 403 for another county', async (path) => {
    const mine = await minhe.get(`/api/education${path}`);
    expect(mine.status).toBe(200);
    // Catchment and grid features carry no county code: their scope is shown by the 403 below.
    const codes = countyCodes(mine.body);
    if (codes.length > 0) expect(new Set(codes)).toEqual(new Set([own]));
    expect((await minhe.get(`/api/education${path}?county=${own}`)).status).toBe(200);
    const denied = await minhe.get(`/api/education${path}?county=${other}`);
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject({ code: 'county_scope', field: 'county' });
    // The city-wide account still reaches every county.
    expect((await cityEdu.get(`/api/education${path}?county=${other}`)).status).toBe(200);
  });

  test('the risk list and its summary, and marking a duty done, are limited to the county', async () => {
    expect((await minhe.get(`/api/education/risk?county=${own}&limit=5`)).status).toBe(200);
    expect((await minhe.get(`/api/education/risk?county=${other}&limit=5`)).status).toBe(403);
    expect((await minhe.get(`/api/education/risk/summary?county=${other}`)).status).toBe(403);
    const duty = await minhe.post('/api/education/duties/done', { county: other, dutyId: 'haidong-population-book', dueDate: '2026-08-31', doneOn: '2026-08-01' });
    expect(duty.status).toBe(403);
  });

  test('imports: a row of another county refuses the file (403 naming the row, nothing written); the own county\'s is stamped and listed to it alone', async () => {
    const count = async () => Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from edu_register_imports`))[0]!.n);
    const before = await count();
    const mixed = `身份证号,姓名,出生日期,县区代码\n630222201503100810,马小明,2015-03-10,${own}\n630202201503100815,王小明,2015-03-10,${other}\n`;
    const refused = await uploadText(minhe, 'household', 'mixed.csv', mixed, '2026-11-15');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'county_scope', field: 'rows[2].countyCode' });
    expect(await count()).toBe(before);

    const mine = await uploadText(minhe, 'household', 'minhe.csv', `身份证号,姓名,出生日期,县区代码\n630222201503100810,马小明,2015-03-10,${own}\n`, '2026-11-15');
    expect(mine.status).toBe(201);
    const [stamped] = await queryRows<{ county: string | null }>(app.database.db, sql`select county_code as county from edu_register_imports where id = ${mine.body.importId}`);
    expect(stamped!.county).toBe(own);
    const listed = (await minhe.get('/api/education/registers')).body.imports as { id: number; countyCode: string | null }[];
    expect(listed.map((i) => i.id)).toContain(mine.body.importId);
    expect(listed.every((i) => i.countyCode === own)).toBe(true);
    // The city-wide account sees the county's import beside the city's.
    const city = (await cityEdu.get('/api/education/registers')).body.imports as { id: number; countyCode: string | null }[];
    expect(city.some((i) => i.id === mine.body.importId)).toBe(true);
    expect(city.some((i) => i.countyCode === null)).toBe(true);
  });

  test('runs: another scope\'s imports answer 404; the own county\'s registers run, audited with the county', async () => {
    const cityImports = await queryRows<{ id: number }>(
      app.database.db,
      sql`select distinct on (kind) id from edu_register_imports where county_code is null order by kind, as_of desc, id desc`,
    );
    expect(cityImports.length).toBe(4);
    const foreign = await minhe.post('/api/education/cross-check/run', { asOf: '2026-11-20', importIds: cityImports.map((i) => Number(i.id)) });
    expect(foreign.status).toBe(404);
    const asOf = '2026-11-16';
    const files: [string, string][] = [
      ['household', `身份证号,姓名,出生日期,县区代码\n630222201503100810,马小明,2015-03-10,${own}\n630222201404040812,马小军,2014-04-04,${own}\n`],
      ['students', `身份证号,学校代码,县区代码\n630222201503100810,S63022201,${own}\n630222201404040812,S63022201,${own}\n`],
      ['in_school', '身份证号\n630222201503100810\n'],
      ['poverty', '身份证号\n630222201404040812\n'],
    ];
    for (const [k, text] of files) expect((await uploadText(minhe, k, `${k}.csv`, text, asOf)).status).toBe(201);
    const run = await minhe.post('/api/education/cross-check/run', { asOf });
    expect(run.status).toBe(201);
    expect(run.body.imports.every((i: { countyCode: string | null }) => i.countyCode === own)).toBe(true);
    expect(run.body.counts).toMatchObject({ household: 2, students: 2, inSchool: 1 });
    const [audit] = await queryRows<{ county: string }>(
      app.database.db,
      sql`select detail->>'county' as county from audit_log where action = 'education.cross_check.run' and actor = ${username} order by id desc limit 1`,
    );
    expect(audit!.county).toBe(own);
  });
});
