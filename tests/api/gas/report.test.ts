import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '../../../api/services/demo/demoAccounts';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { hazardInput, venuesOf } from './gasHelpers';
import { pdfPageSizes, pdfPageTexts } from '../../helpers/pdfTools';

/** The text of one part of a ZIP (.docx) file, read from its local header. */
function zipPart(zip: Buffer, name: string): string {
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18);
    const nameLen = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const partName = zip.toString('utf8', at + 30, at + 30 + nameLen);
    const data = zip.subarray(at + 30 + nameLen + extra, at + 30 + nameLen + extra + size);
    if (partName === name) return inflateRawSync(data).toString('utf8');
    at += 30 + nameLen + extra + size;
  }
  throw new Error(`${name} not in archive`);
}

// A campaign of its own, in a year no other data touches, so the counts are ours alone.
const campaign = {
  id: 'gas-fixture-2019',
  document: '测试',
  title: '报告测试活动',
  issuedOn: '2019-03-01',
  rounds: [{ no: 1, nameZh: '全面排查', nameEn: 'Round 1', startsOn: '2019-03-01', endsOn: '2019-03-15', reportDueOn: '2019-03-15' }],
};

describe.each(testDatabases)('gas report figures on %s', (kind) => {
  let app: TestApp;
  let official: Client;
  let i3: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    official = await app.login('official');
    i3 = await app.login('inspector3');
    expect((await official.post('/api/gas/campaigns', campaign)).status).toBe(201);
    const [a] = await venuesOf(official, '630222', 1);
    // B is registered with an address, so 附件2 has one to show (the seeded venues have none).
    const created = await i3.post('/api/gas/venues', { name: '报告测试餐馆', venueType: 'restaurant', pipelineUserKind: 'non_residential', address: '民和县川口镇测试路1号', location: { lon: 102.7741, lat: 36.1296 } });
    expect(created.status, created.text).toBe(201);
    const b = created.body.id as number;
    const [other] = await venuesOf(official, '630202', 1);
    // Visits of group 3: A twice, B once → 3 enterprise visits, 1 district.
    for (const [venueId, visitedOn] of [[a, '2019-03-02'], [a, '2019-03-09'], [b, '2019-03-03']] as const) {
      expect((await i3.post('/api/gas/visits', { venueId, visitedOn, inspectors: '马某某' })).status).toBe(201);
    }
    const make = async (venueId: number, over: Record<string, unknown>, steps: string[], by: Client = i3) => {
      const r = await by.post('/api/gas/hazards', hazardInput(venueId!, { foundAt: '2019-03-02', deadline: '2019-03-20', ...over }));
      expect(r.status).toBe(201);
      for (const to of steps) {
        const who = to === 'verified' && over.severity === 'major' ? official : by;
        expect((await who.post(`/api/gas/hazards/${r.body.id}/transition`, { to })).status).toBe(200);
      }
    };
    await make(a!, {}, []); // h1: found
    await make(b!, {}, ['rectifying', 'rectified']); // h2: rectified
    await make(a!, { severity: 'major', enforcementOutcome: 'punish', fineYuan: 12_345 }, ['rectifying', 'rectified', 'verified']); // h3
    await make(b!, { enforcementOutcome: 'punish', fineYuan: 5_000 }, ['rectifying']); // h4: rectifying
    // Group 1's hazard in the same round must not reach group 3's report.
    await make(other!, {}, [], await app.login('inspector1'));
  });

  test('附件1 figures equal the hand counts of group 3\'s own records', async () => {
    const r = await i3.get(`/api/gas/reports/3/1?campaign=${campaign.id}`);
    expect(r.status).toBe(200);
    expect(r.body.figures).toEqual({
      districtsInspected: 1, // all visits in 630222
      departments: 0, // only venue visits recorded
      enterpriseVisits: 3, // A, A, B
      problemsFound: 0,
      hazardsFound: 4, // h1..h4 (group 1's not counted)
      hazardsRectified: 2, // h2 rectified + h3 verified
      majorsFound: 1, // h3
      majorsRectified: 1, // h3 verified
      suggestions: 0,
      enterprisesPenalized: 2, // A (h3) and B (h4), each once
      finesWan: 1.73, // 12,345 + 5,000 = 17,345 yuan → round(173.45) / 100 = 1.73 万元
      officialsInterviewed: 0,
    });
    expect(r.body.hazardList).toHaveLength(4);
    expect(r.body.sections[0].body).toContain('企业3家（次）');
    // §一(一) "不少于一周": group 3's visits fall on 3 distinct days (03-02, 03-03, 03-09) in 民和县,
    // below the campaign's setting of 7; the round (2019) has ended.
    expect(r.body.inspectionDays).toEqual([{ district: '630222', inspectionDays: 3, minDaysPerRound: 7, belowMinDays: true, roundEnded: true }]);
    expect(r.body.inspectionDaysText).toBe('第三包片督查组本轮督查天数：民和县3天，其中民和县不足7天，未达到督查时间要求（测试 §一(一)「原则上每次督查时间不少于一周」，本活动设定每轮不少于7天）。');
    // The coverage board counts the same days from the same visits.
    const row = (await i3.get(`/api/gas/coverage?campaign=${campaign.id}`)).body.rows.find((x: any) => x.groupNo === 3 && x.district === '630222');
    expect([row.inspectionDays, row.belowMinDays]).toEqual([3, true]);
    // Group 1 visited nothing in this campaign: its own district (乐都区) is named with 0 days.
    const g1 = (await official.get(`/api/gas/reports/1/1?campaign=${campaign.id}`)).body;
    expect(g1.inspectionDaysText).toContain('乐都区0天，其中乐都区不足7天');
  });

  test('text sections are editable; figures are not; unknown section → 400', async () => {
    const put = await i3.put(`/api/gas/reports/3/1`, { campaign: campaign.id, sections: { practices: '坚持“四不两直”。', enterprises: '部分餐饮单位未安装报警器。' } });
    expect(put.status).toBe(200);
    expect(put.body.sections[1].body).toBe('坚持“四不两直”。');
    expect(put.body.sections[2].children[2].body).toBe('部分餐饮单位未安装报警器。');
    const bad = await i3.put(`/api/gas/reports/3/1`, { campaign: campaign.id, sections: { hazardsFound: '99' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('sections.hazardsFound');
    expect((await i3.get(`/api/gas/reports/3/1?campaign=${campaign.id}`)).body.figures.hazardsFound).toBe(4);
  });

  test('DOCX and PDF carry the figures (仿宋 body, landscape 附件2); XLSX lists the 4 hazards', async () => {
    const base = app.baseUrl;
    const cookie = await loginCookie(base);
    const docx = Buffer.from(await (await fetch(`${base}/api/gas/reports/3/1/docx?campaign=${campaign.id}`, { headers: { cookie } })).arrayBuffer());
    const xml = zipPart(docx, 'word/document.xml');
    expect(xml).toContain('安全隐患4条、已整改2条（其中重大隐患1条、已整改1条）');
    expect(xml).toContain('罚款1.73万元');
    // The inspection days stand in the sent report even over an edited 工作开展情况.
    expect(xml).toContain('民和县3天，其中民和县不足7天');
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(zipPart(docx, 'word/fontTable.xml')).toContain('Noto Serif CJK SC');
    // The PDF of both attachments, made in-process: 附件1 portrait, 附件2 landscape with the 4 hazards.
    const pdfRes = await fetch(`${base}/api/gas/reports/3/1/pdf?campaign=${campaign.id}`, { headers: { cookie } });
    expect(pdfRes.status).toBe(200);
    expect(pdfRes.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await pdfRes.arrayBuffer());
    const sizes = pdfPageSizes(pdf);
    expect(sizes[0]).toEqual({ width: 595.28, height: 841.89 });
    expect(sizes[sizes.length - 1]).toEqual({ width: 841.89, height: 595.28 });
    const text = pdfPageTexts(pdf).join('').replace(/\s/g, '');
    expect(text).toContain('安全隐患4条、已整改2条');
    expect(text).toContain('督导检查发现隐患问题清单');
    expect(text).toContain('本轮督查天数：民和县3天，其中民和县不足7天');
    const xlsxRes = await fetch(`${base}/api/gas/reports/3/1/xlsx?campaign=${campaign.id}`, { headers: { cookie } });
    expect(xlsxRes.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsxRes.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(2 + 4); // title + header + 4 hazards
    expect(sheet.getRow(2).getCell(1).value).toBe('序号');
    // Issue 12: location columns (township, address, lon/lat) and real date cells, not text.
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    const col = (h: string) => headers.indexOf(h) + 1;
    for (const h of ['乡镇', '场所地址', '经度', '纬度', '发现日期', '整改时限']) expect(headers).toContain(h);
    for (let r = 3; r <= 6; r++) {
      const row = sheet.getRow(r);
      expect(row.getCell(col('发现日期')).type).toBe(ExcelJS.ValueType.Date);
      expect((row.getCell(col('发现日期')).value as Date).toISOString().slice(0, 10)).toBe('2019-03-02');
      expect(row.getCell(col('整改时限')).type).toBe(ExcelJS.ValueType.Date);
      expect((row.getCell(col('整改时限')).value as Date).toISOString().slice(0, 10)).toBe('2019-03-20');
      expect(row.getCell(col('整改时限')).numFmt).toBe('yyyy-mm-dd');
      const lon = row.getCell(col('经度')).value as number;
      const lat = row.getCell(col('纬度')).value as number;
      expect(row.getCell(col('经度')).type).toBe(ExcelJS.ValueType.Number);
      expect(lon).toBeGreaterThan(100.5);
      expect(lon).toBeLessThan(103.5);
      expect(lat).toBeGreaterThan(35.3);
      expect(lat).toBeLessThan(37.2);
      expect(String(row.getCell(col('乡镇')).value ?? '')).toMatch(/^$|[\u4e00-\u9fff]/);
    }
    const addresses = [3, 4, 5, 6].map((r) => sheet.getRow(r).getCell(col('场所地址')).value);
    expect(addresses.filter((v) => v === '民和县川口镇测试路1号')).toHaveLength(2); // h2 and h4 are at B
    // The DOCX and PDF 附件2 share the column list.
    expect(xml).toContain('场所地址');
    expect(xml).toContain('经度');
    expect(text).toContain('发现日期');
  });
});

async function loginCookie(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'inspector3', password: DEMO_PASSWORD }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
