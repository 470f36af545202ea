import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { hazardListColumns } from '../../../api/domain/gas/hazardList';
import { reportPdf } from '../../../api/services/gas/reportPdf';
import { pdfPagePng, pdfPageSizes, pdfPageTexts } from '../../helpers/pdfTools';
import { reportFixture } from '../../helpers/reportFixture';

const heading = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

/** Non-empty text lines of a page without its page number. */
const bodyLines = (page: string) => page.split('\n').filter((l) => l.trim() !== '' && !/^\s*—\s*\d+\s*—\s*$/.test(l));

/** Share of non-white pixels of a PNG (8-bit RGB(A), filter bytes undone). */
function inkShare(png: Buffer): number {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = png[25] === 6 ? 4 : png[25] === 2 ? 3 : 1;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const prev = Buffer.alloc(stride);
  let ink = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      line[i] = (line[i]! + [0, a, b, (a + b) >> 1, paeth][filter]!) & 0xff;
    }
    line.copy(prev);
    for (let x = 0; x < width; x++) if (line[x * channels]! < 200) ink++;
  }
  return ink / (width * height);
}

// Hang guard only (rendering and poppler take seconds on a shared machine).
describe('附件1/附件2 PDF (GB/T 9704-2012 layout)', { timeout: 120_000 }, () => {
  test('71 hazards: a few portrait pages of 附件1, then 附件2 on landscape pages, one row per hazard, the 17 XLSX columns', async () => {
    const pdf = await reportPdf(reportFixture(71));
    const sizes = pdfPageSizes(pdf);
    const texts = pdfPageTexts(pdf);
    // The issue saw 22 pages of 12 columns. With the 17 columns (location added by issue 12) and
    // every column sharing the wrap (lineBreak.ts fitColumnWidths), rows of 小五 are at most 4 lines,
    // 7 rows a page: 附件1 one page, 附件2 at most 12.
    expect(sizes.length).toBeLessThanOrEqual(13);
    expect(sizes[0]).toEqual({ width: 595.28, height: 841.89 }); // A4 portrait
    const first2 = texts.findIndex((t) => t.includes('附件2'));
    expect(first2).toBeGreaterThan(0);
    for (const s of sizes.slice(first2)) expect(s).toEqual({ width: 841.89, height: 595.28 }); // landscape
    // Header row on every 附件2 page; every hazard's number appears once as a row start.
    const table = texts.slice(first2).join('\n');
    // (a header may wrap to two lines, so its characters are looked for in order).
    const inOrder = (h: string) => new RegExp([...h].join('[\\s\\S]*'));
    for (const t of texts.slice(first2)) {
      const head = t.split('\n').slice(0, 6).join('\n');
      for (const c of hazardListColumns) expect(head).toMatch(inOrder(c.header));
    }
    const rowStarts = table.split('\n').map((l) => /^\s*(\d{1,2})\s/.exec(l)?.[1]).filter(Boolean).map(Number);
    expect([...new Set(rowStarts)].sort((a, b) => a - b)).toEqual(Array.from({ length: 71 }, (_, i) => i + 1));
    // Dates never break inside ("wrapping by words"): every deadline appears whole.
    expect(table.match(/2024-06-\d\d/g)).toHaveLength(71);
    // Page numbers "— n —" on every page.
    texts.forEach((t, i) => expect(t).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`)));
    // The control character in the fixture's descriptions is gone, the text around it kept.
    expect(table).not.toContain('\u0007');
    expect(table).toContain('连接管过长');
    // The rendered first page carries ink (fonts embedded and drawn), the table page too.
    expect(inkShare(pdfPagePng(pdf, 1))).toBeGreaterThan(0.005);
    expect(inkShare(pdfPagePng(pdf, first2 + 1))).toBeGreaterThan(0.01);
  });

  test('empty sections leave no heading; the rest are renumbered without gaps', async () => {
    const texts = pdfPageTexts(await reportPdf(reportFixture(3, { enterprises: '部分餐饮单位未安装报警器。' })));
    const text = texts.join('\n').replace(/[ \t]/g, '');
    expect(text).toContain('一、工作开展情况');
    expect(text).not.toContain('主要做法和亮点');
    expect(text).toContain('二、存在的问题和不足');
    expect(text).toContain('（一）企业单位方面。');
    expect(text).not.toContain('党委政府方面');
    expect(text).not.toContain('工作措施和整改建议');
  });

  test.each([0, 9, 17, 26, 38])('with %i sentences of text no page ends on a heading and no page holds a single line', async (n) => {
    const sentence = '坚持“四不两直”，深入一线检查燃气安全隐患整改落实情况。';
    const pdf = await reportPdf(reportFixture(2, { practices: sentence.repeat(n), party_government: sentence.repeat(Math.ceil(n / 2)), measures: sentence.repeat(3) }));
    const texts = pdfPageTexts(pdf);
    const report = texts.slice(0, texts.findIndex((t) => t.includes('附件2')));
    for (const page of report) {
      const lines = bodyLines(page);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines[lines.length - 1]).not.toMatch(heading);
    }
    // Signature and date stand together on the last page of 附件1 with text above them.
    const last = bodyLines(report[report.length - 1]!);
    expect(last.slice(-2).map((l) => l.trim())).toEqual(['燃气安全专项整治第三包片督查组（代章）', '2024年6月10日']);
    expect(last.length).toBeGreaterThanOrEqual(3);
  });
});
