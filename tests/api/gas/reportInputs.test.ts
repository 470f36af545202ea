import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { ensureCityWideInspector, hazardInput, venuesOf } from './gasHelpers';

// A campaign of its own, in a year no other data touches, so the figures are this file's alone.
const campaign = {
  id: 'gas-inputs-2018',
  document: '测试',
  title: '报告录入测试活动',
  issuedOn: '2018-03-01',
  rounds: [{ no: 1, nameZh: '全面排查', nameEn: 'Round 1', startsOn: '2018-03-01', endsOn: '2018-03-15', reportDueOn: '2018-03-15' }],
};
const items = `/api/gas/reports/3/1/items`;
const on = '2018-03-05';

describe.each(testDatabases)('gas report inputs and enforcement on %s', (kind) => {
  let app: TestApp;
  let official: Client;
  let i3: Client;
  let hazardId: number;
  const count = async (table: string) => Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n);
  beforeAll(async () => {
    app = await getTestApp(kind);
    official = await app.login('official');
    i3 = await app.login('inspector3');
    expect((await official.post('/api/gas/campaigns', campaign)).status).toBe(201);
    const inputs: Record<string, unknown>[] = [
      { kind: 'problem', text: '县燃气主管部门未建立隐患台账' },
      { kind: 'problem', text: '部分乡镇排查流于形式' },
      { kind: 'suggestion', text: '建立瓶装液化气流向追溯制度' },
      { kind: 'interview', text: '县住建局分管副局长' },
      { kind: 'interview', text: '县市场监管局局长' },
      { kind: 'interview', text: '县应急局副局长' },
      { kind: 'department', text: '市交通运输局', districtCode: '630222' },
      { kind: 'department', text: '市交通运输局', districtCode: '630222' },
      { kind: 'department', text: '民和县应急管理局', districtCode: '630222' },
      { kind: 'government', text: '民和县人民政府', districtCode: '630222' },
    ];
    for (const body of inputs) expect((await i3.post(items, { campaign: campaign.id, recordedOn: on, ...body })).status).toBe(201);
    // Group 1's input in the same round must not reach group 3's report.
    expect((await (await app.login('inspector1')).post(`/api/gas/reports/1/1/items`, { campaign: campaign.id, kind: 'suggestion', text: '其他组建议', recordedOn: on })).status).toBe(201);
    const [venue] = await venuesOf(official, '630222', 1);
    const h = await i3.post('/api/gas/hazards', hazardInput(venue!, { foundAt: '2018-03-02', deadline: '2018-03-20' }));
    expect(h.status).toBe(201);
    hazardId = h.body.id;
  });

  test('附件1 figures come from the recorded inputs (hand counts)', async () => {
    const before = (await i3.get(`/api/gas/reports/3/1?campaign=${campaign.id}`)).body.figures;
    expect(before).toMatchObject({
      districtsInspected: 1, // every unit visited is in 630222
      departments: 2, // 市交通运输局 (twice, counted once) + 民和县应急管理局
      enterpriseVisits: 0, // no venue visits in this campaign
      problemsFound: 2,
      hazardsFound: 1,
      suggestions: 1, // group 1's suggestion not counted
      officialsInterviewed: 3, // 3 人次
      enterprisesPenalized: 0,
      finesWan: 0,
    });
    const listed = await i3.get(`${items}?campaign=${campaign.id}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(10);
    expect(listed.body.items[6]).toMatchObject({ kind: 'department', text: '市交通运输局', districtCode: '630222', recordedOn: on, createdBy: 'inspector3' });
  });

  test('the owning group records the outcome and fine; the report\'s penalties and fines follow; audited', async () => {
    const audits = await count(`audit_log where action = 'gas.hazard.enforcement'`);
    const r = await i3.patch(`/api/gas/hazards/${hazardId}/enforcement`, { enforcementOutcome: 'punish', fineYuan: 20_000 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: hazardId, enforcementOutcome: 'punish', fineYuan: 20_000 });
    expect(await count(`audit_log where action = 'gas.hazard.enforcement'`)).toBe(audits + 1);
    const figures = (await i3.get(`/api/gas/reports/3/1?campaign=${campaign.id}`)).body.figures;
    expect(figures.enterprisesPenalized).toBe(1);
    expect(figures.finesWan).toBe(2); // 20,000 yuan = 2.00 万元
    // Officials may change it back; the fine needs the outcome "punish".
    const bad = await official.patch(`/api/gas/hazards/${hazardId}/enforcement`, { enforcementOutcome: 'rectify', fineYuan: 500 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('fineYuan');
    expect((await official.patch(`/api/gas/hazards/${hazardId}/enforcement`, { enforcementOutcome: null, fineYuan: 0 })).status).toBe(200);
    expect((await i3.get(`/api/gas/reports/3/1?campaign=${campaign.id}`)).body.figures.finesWan).toBe(0);
  });

  test('enforcement: another district → 404, a city-wide group that does not own it → 403, nothing written', async () => {
    const audits = await count(`audit_log where action = 'gas.hazard.enforcement'`);
    for (const who of ['inspector1', 'inspector2', 'inspector4', 'inspector5', 'inspector6', 'inspector7']) {
      const r = await (await app.login(who)).patch(`/api/gas/hazards/${hazardId}/enforcement`, { enforcementOutcome: 'punish', fineYuan: 1 });
      expect(r.status, who).toBe(404);
      expect(r.text).not.toContain('630222');
    }
    const i8 = await app.login(await ensureCityWideInspector(app, 8));
    expect((await i8.patch(`/api/gas/hazards/${hazardId}/enforcement`, { enforcementOutcome: 'punish', fineYuan: 1 })).status).toBe(403);
    for (const who of ['planner', 'education']) expect((await (await app.login(who)).patch(`/api/gas/hazards/${hazardId}/enforcement`, { enforcementOutcome: 'punish', fineYuan: 1 })).status).toBe(403);
    expect((await official.patch(`/api/gas/hazards/999999999/enforcement`, { enforcementOutcome: null, fineYuan: 0 })).status).toBe(404);
    expect((await official.patch(`/api/gas/hazards/${hazardId}/enforcement`, { enforcementOutcome: 'fine_everyone', fineYuan: 0 })).body.error.field).toBe('enforcementOutcome');
    expect((await official.patch(`/api/gas/hazards/${hazardId}/enforcement`, { enforcementOutcome: 'punish', fineYuan: -1 })).body.error.field).toBe('fineYuan');
    expect(await count(`audit_log where action = 'gas.hazard.enforcement'`)).toBe(audits);
    expect((await official.get(`/api/gas/hazards/${hazardId}`)).body).toMatchObject({ enforcementOutcome: null, fineYuan: 0 });
  });

  test('report inputs: another group → 404, a unit outside the own district → 403, bad input → 400; nothing written', async () => {
    const before = await count('gas_report_items');
    for (const who of ['inspector1', 'inspector2', 'inspector7']) {
      const c = await app.login(who);
      expect((await c.post(items, { campaign: campaign.id, kind: 'problem', text: 'x' })).status, who).toBe(404);
      expect((await c.get(`${items}?campaign=${campaign.id}`)).status, who).toBe(404);
    }
    const outside = await i3.post(items, { campaign: campaign.id, kind: 'department', text: '乐都区住建局', districtCode: '630202' });
    expect(outside.status).toBe(403);
    expect(outside.body.error.field).toBe('districtCode');
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'department', text: '某局' }, 'districtCode'],
      [{ kind: 'rumour', text: 'x' }, 'kind'],
      [{ kind: 'problem', text: '   ' }, 'text'],
      [{ kind: 'government', text: '某县', districtCode: '999999' }, 'districtCode'],
      [{ kind: 'problem', text: 'x', recordedOn: '2999-01-01' }, 'recordedOn'],
    ];
    for (const [body, field] of cases) {
      const r = await i3.post(items, { campaign: campaign.id, ...body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.field, JSON.stringify(body)).toBe(field);
    }
    expect((await i3.post('/api/gas/reports/3/9/items', { campaign: campaign.id, kind: 'problem', text: 'x' })).status).toBe(404);
    for (const who of ['planner', 'education']) expect((await (await app.login(who)).post(items, { kind: 'problem', text: 'x' })).status).toBe(403);
    expect(await count('gas_report_items')).toBe(before);
  });
});
