import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { hazardListColumns } from '../../../api/domain/gas/hazardList';
import { reportDocx } from '../../../api/services/gas/reportDocx';
import { hazardListXlsx } from '../../../api/services/gas/hazardListXlsx';
import { reportFixture } from '../../helpers/reportFixture';

/** One part of a ZIP written by zipArchive (sizes in the local headers). */
function part(zip: Buffer, name: string): string {
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50; ) {
    const size = zip.readUInt32LE(at + 18);
    const nameLen = zip.readUInt16LE(at + 26);
    const start = at + 30 + nameLen + zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 30, at + 30 + nameLen) === name) return inflateRawSync(zip.subarray(start, start + size)).toString('utf8');
    at = start + size;
  }
  throw new Error(`${name} not in archive`);
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => ({ xml: m[1]!, text: [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') }));

describe('附件1/附件2 DOCX (GB/T 9704-2012 layout)', () => {
  const report = reportFixture(71, { enterprises: '部分餐饮单位未安装报警器。' });
  const docx = reportDocx(report);
  const xml = part(docx, 'word/document.xml');

  test('a portrait section for 附件1 and a landscape one for 附件2, with the GB/T 9704 margins', () => {
    const sects = [...xml.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/g)].map((m) => m[1]!);
    expect(sects).toHaveLength(2);
    expect(sects[0]).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    // 37 / 26 / 35 / 28 mm → 2098 / 1474 / 1984 / 1587 twips
    expect(sects[0]).toMatch(/w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(sects[1]).toContain('w:orient="landscape"');
    expect(sects[1]).toContain('<w:pgSz w:w="16838" w:h="11906"');
  });

  test('headings in 黑体 kept with their text, body in 仿宋, title in 小标宋; no empty heading', () => {
    const ps = paragraphs(xml);
    const heading = ps.find((p) => p.text === '一、工作开展情况')!;
    expect(heading.xml).toContain('<w:keepNext/>');
    expect(heading.xml).toContain('w:eastAsia="黑体"');
    expect(ps.find((p) => p.text.startsWith('燃气安全专项整治第三包片'))!.xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(ps.find((p) => p.text.startsWith('2024年5月1日'))!.xml).toContain('w:eastAsia="仿宋"');
    expect(ps.map((p) => p.text)).not.toContain('二、主要做法和亮点');
    expect(ps.map((p) => p.text)).toContain('二、存在的问题和不足');
    // Signature kept with the date; every paragraph has widow control.
    expect(ps.find((p) => p.text === report.signature)!.xml).toContain('<w:keepNext/>');
    for (const p of ps.filter((x) => x.text !== '')) expect(p.xml).toContain('<w:widowControl/>');
    expect(part(docx, 'word/fontTable.xml')).toContain('<w:font w:name="黑体"><w:altName w:val="Noto Sans CJK SC"/>');
  });

  test('附件2: the 17 XLSX columns, fitted widths filling 225 mm, a repeated header row, rows that never split, one per hazard', async () => {
    const tbl = xml.slice(xml.indexOf('<w:tbl>'));
    const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(hazardListColumns.length); // 17: the location columns came with issue 12
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(12755); // 225 mm = 12756 twips, rounded per column
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(12762);
    // The description column is wider than the severity column (fitted, not equal).
    const col = (key: string) => grid[hazardListColumns.findIndex((c) => c.key === key)]!;
    expect(col('description')).toBeGreaterThan(col('severity'));
    const rows = [...tbl.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(72);
    expect(rows[0]).toContain('<w:tblHeader/>');
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    const headerTexts = paragraphs(rows[0]!).map((p) => p.text);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await hazardListXlsx(report)) as unknown as ArrayBuffer);
    // The XLSX's 17 list columns (its two photo columns follow them; pictures stay in the spreadsheet).
    expect(headerTexts).toEqual((book.worksheets[0]!.getRow(2).values as unknown[]).slice(1, 1 + hazardListColumns.length));
    expect(book.worksheets[0]!.pageSetup.orientation).toBe('landscape');
  });

  test('no XML-invalid character reaches the document or the workbook', async () => {
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await hazardListXlsx(report)) as unknown as ArrayBuffer);
    expect(String(book.worksheets[0]!.getRow(3).getCell(1 + hazardListColumns.findIndex((c) => c.key === 'description')).value)).toMatch(/^[^\u0007]+（现场检查发现）$/);
  });
});
