import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { csvField, csvFile, documentText, xmlText } from '../../../api/domain/shared/documentText';
import { breakLines, breakTokens, fitColumnWidths } from '../../../api/domain/shared/lineBreak';
import { paginate, type FlowLine } from '../../../api/domain/shared/pagination';

// A monospace stand-in for a font: CJK and full-width characters 1 em, everything else half.
const measure = (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.5), 0);
const xmlChar = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('documentText: one helper for every DOCX/XLSX/PDF/CSV writer', () => {
  test('drops C0/C1 controls, DEL, lone surrogates and U+FFFE/FFFF; keeps tab, line breaks and astral characters', () => {
    expect(documentText('马\u0007某\u0000某\u001b\u007f\u0085\uFFFE\uD800 \t\r\n𠀀')).toBe('马某某 \t\r\n𠀀');
  });
  test.prop([fc.string({ unit: 'binary' })])('the result is always valid XML 1.0 text and a no-op on it', (s) => {
    const out = documentText(s);
    expect(out).toMatch(xmlChar);
    expect(documentText(out)).toBe(out);
  });
  test('xmlText escapes the five XML characters after cleaning', () => {
    expect(xmlText('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
  test('CSV: quoted when needed, formulas defused, controls dropped, BOM and CRLF', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('a,"b"\n')).toBe('"a,""b""\n"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('x\u0008y')).toBe('xy');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvFile([['a', 1], ['b', null]]))).toBe('\ufeffa,1\r\nb,\r\n');
  });
});

describe('line breaking (GB/T 15834 行首行末)', () => {
  test('Latin words, numbers and dates stay whole; closing marks never start a line, opening marks never end one', () => {
    expect(breakTokens('于2024-06-10前（整改）。')).toEqual(['于', '2024-06-10', '前', '（整', '改）。']);
    const lines = breakLines('送到民和县川口镇第一小学（复学），限2024-06-10前。', measure, 6);
    expect(lines.join('')).toBe('送到民和县川口镇第一小学（复学），限2024-06-10前。');
    for (const l of lines.slice(1)) expect(l[0]).not.toMatch(/[，。、）]/);
    for (const l of lines) expect(l[l.length - 1]).not.toMatch(/[（]/);
    expect(lines.some((l) => l.includes('2024-06-10'))).toBe(true);
  });
  test.prop([fc.array(fc.constantFrom(...'燃气安全隐患整改，。（）ab12-'), { maxLength: 80 }).map((a) => a.join('')), fc.integer({ min: 3, max: 20 })])(
    'lines give the text back and fit the width unless one piece is wider',
    (text, width) => {
      const lines = breakLines(text, measure, width);
      expect(lines.join('')).toBe(text);
      for (const l of lines) if (measure(l) > width) expect(breakTokens(l).length).toBe(1);
    },
  );
  test.prop([fc.array(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 10, max: 400 })])(
    'column widths fill the table exactly',
    (cols, total) => {
      const w = fitColumnWidths(cols, measure, total, { padding: 1, unwrapped: 6 });
      expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
      for (const x of w) expect(x).toBeGreaterThan(0);
    },
  );
  test('short columns stay whole while the long ones need at most two lines, then take two; long ones wrap to about the same number of lines', () => {
    const cols = [['1', '71'], ['乐都区'], ['连接管过长（现场检查发现）连接管过长'], ['更换为不超过2米的专用连接软管']];
    // Everything fits on one line in 40 ems (1 + 3 + 18 + 14.5): each column at least its longest cell.
    const w = fitColumnWidths(cols, measure, 40, { unwrapped: 6 });
    [1, 3, 18, 14.5].forEach((natural, i) => expect(w[i]).toBeGreaterThanOrEqual(natural));
    // 23 ems: 18 for 18 + 14.5 (the "2" is half an em) plus a character each for whole characters
    // — two lines each, so the county stays whole and the long widths keep the texts' proportion.
    const narrow = fitColumnWidths(cols, measure, 23, { unwrapped: 6 });
    expect(narrow[1]).toBeCloseTo(3, 6);
    expect((narrow[2]! - 1) / (narrow[3]! - 1)).toBeCloseTo(18 / 14.5, 6);
    for (const [i, cell] of [[2, cols[2]![0]!], [3, cols[3]![0]!]] as const) expect(breakLines(cell, measure, narrow[i]!).length).toBeLessThanOrEqual(2);
    // 12 ems: the long columns need more than two lines, so the county takes two, no more.
    const tight = fitColumnWidths(cols, measure, 12, { unwrapped: 6 });
    expect(tight[1]).toBeLessThan(3);
    expect(breakLines('乐都区', measure, tight[1]!)).toHaveLength(2);
  });
});

describe('paginate: keep-with-next and widow/orphan control', () => {
  const line = (breakAfter: boolean, spaceBefore = 0): FlowLine => ({ height: 1, spaceBefore, breakAfter });
  test('a heading that would end a page moves to the next one with its text', () => {
    // 26 lines of text, a heading kept with the next, then 4 lines: the page ends after line 26.
    const lines = [...Array.from({ length: 26 }, () => line(true)), line(false), line(false), line(true), line(true), line(true)];
    expect(paginate(lines, 28)).toEqual([0, 26]);
  });
  test('space above a line is dropped at the top of a page', () => {
    expect(paginate([line(true), line(true, 5), line(true)], 2)).toEqual([0, 1]);
    expect(paginate([line(true), line(true, 5), line(true)], 8)).toEqual([0]);
  });
  test.prop([fc.array(fc.record({ height: fc.integer({ min: 1, max: 3 }), spaceBefore: fc.integer({ min: 0, max: 2 }), breakAfter: fc.boolean() }), { maxLength: 120 }), fc.integer({ min: 3, max: 30 })])(
    'every line once, in order; pages within capacity; a page ends at a forbidden break only when no allowed one was on it',
    (lines, capacity) => {
      const starts = paginate(lines, capacity);
      expect(starts.length === 0).toBe(lines.length === 0);
      if (lines.length > 0) expect(starts[0]).toBe(0);
      for (let p = 0; p < starts.length; p++) {
        const from = starts[p]!;
        const to = starts[p + 1] ?? lines.length;
        expect(to).toBeGreaterThan(from);
        const height = lines.slice(from, to).reduce((h, l, j) => h + l.height + (j === 0 ? 0 : l.spaceBefore), 0);
        if (to - from > 1) expect(height).toBeLessThanOrEqual(capacity);
        if (to < lines.length && !lines[to - 1]!.breakAfter) expect(lines.slice(from, to - 1).some((l) => l.breakAfter)).toBe(false);
      }
    },
  );
});
