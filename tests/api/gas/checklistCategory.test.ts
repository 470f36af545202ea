// 98号 §三(一) 政府层面 checklist categories on report items (issue 13), on PGlite and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

// A campaign of its own, in a year no other data touches.
const campaign = {
  id: 'gas-checklist-2017',
  document: '测试',
  title: '检查清单测试活动',
  issuedOn: '2017-03-01',
  rounds: [{ no: 1, nameZh: '全面排查', nameEn: 'Round 1', startsOn: '2017-03-01', endsOn: '2017-03-15', reportDueOn: '2017-03-15' }],
};

describe.each(testDatabases)('report-item checklist categories on %s', (kind) => {
  let app: TestApp;
  let i3: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    const official = await app.login('official');
    expect((await official.post('/api/gas/campaigns', campaign)).status).toBe(201);
    i3 = await app.login('inspector3');
  });

  // §三(一) "县区级和乡镇级“责任四包”制定及落实情况"
  test('a problem filed under 责任四包 keeps its category; an unknown category is a 400 naming the field', async () => {
    const ok = await i3.post('/api/gas/reports/3/1/items', { campaign: campaign.id, kind: 'problem', text: '乡镇级责任四包未落实到人', checklistCategory: 'four_responsibilities', recordedOn: '2017-03-05' });
    expect(ok.status).toBe(201);
    expect(ok.body.checklistCategory).toBe('four_responsibilities');
    const plain = await i3.post('/api/gas/reports/3/1/items', { campaign: campaign.id, kind: 'suggestion', text: '加强宣传', recordedOn: '2017-03-05' });
    expect(plain.status).toBe(201);
    expect(plain.body.checklistCategory).toBeNull();
    const bad = await i3.post('/api/gas/reports/3/1/items', { campaign: campaign.id, kind: 'problem', text: 'x', checklistCategory: 'other', recordedOn: '2017-03-05' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('checklistCategory');
  });
});
