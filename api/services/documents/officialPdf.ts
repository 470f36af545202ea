import { existsSync } from 'node:fs';
import type PDFDocumentClass from 'pdfkit';
import { documentText } from '../../domain/shared/documentText';
import { breakLines, fitColumnWidths } from '../../domain/shared/lineBreak';
import { DomainError } from '../../domain/shared/domainError';
import { paginate } from '../../domain/shared/pagination';
import { a4, fontFiles, landscapeMargins, linePitch, pageLabel, portraitMargins, typeSize, charsPerLine, type FontKey } from './gbt9704';

export interface TextBlock {
  readonly text: string;
  readonly font: FontKey;
  readonly size: number;
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent in characters (正文 each paragraph 空二字, GB/T 9704 §7.3.3). */
  readonly indent?: number;
  /** Characters kept free at the right (发文机关署名 右空四字, §7.3.5.1). */
  readonly rightInset?: number;
  /** Points per line; the 3号 grid (28 lines per page) unless given. */
  readonly lineHeight?: number;
  /** The block's last line stays on the page of the next block's first line (headings, signatures). */
  readonly keepWithNext?: boolean;
  /** Blank points above the block; dropped at the top of a page. */
  readonly spaceBefore?: number;
}

export interface PdfTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly size: number;
}

interface Line {
  readonly text: string;
  readonly block: TextBlock;
  readonly x: number;
  readonly width: number;
  readonly height: number;
  readonly spaceBefore: number;
  readonly last: boolean;
  /** Character spacing of the block on this width (28 characters a line for 3号 text). */
  readonly spacing: number;
  /** A page may end after this line (widow/orphan control and keep-with-next, see `flow`). */
  breakAfter: boolean;
}

type Layout = 'portrait' | 'landscape';
const marginsOf = (layout: Layout) => (layout === 'portrait' ? portraitMargins : landscapeMargins);

/** The missing-font refusal every PDF writer gives (503: the server, not the user, must act). */
export function assertPdfFonts(): void {
  if (Object.values(fontFiles).some((f) => !existsSync(f.path))) {
    throw new DomainError('unavailable', 'font_missing', { zh: '服务器缺少中文字体（fonts-noto-cjk），无法生成 PDF', en: 'The server lacks the CJK font (fonts-noto-cjk); the PDF cannot be produced' });
  }
}

/**
 * A PDF laid out as GB/T 9704-2012 asks (gbt9704.ts): text flowed on the 28-line grid with
 * keep-with-next and widow/orphan control (no page ends on a heading, none holds a lone line),
 * landscape tables with fitted column widths and a repeated header row, page numbers on every page.
 * Everything is drawn at explicit positions on margin-less pdfkit pages, so pdfkit never adds a page
 * of its own.
 */
export class OfficialPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly layouts: Layout[] = [];
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<void>;

  /** pdfkit is loaded on first use, not at start (issue 15: restart ≤ 10 s). */
  static async create(title: string): Promise<OfficialPdf> {
    const { default: PDFDocument } = await import('pdfkit');
    return new OfficialPdf(title, PDFDocument);
  }

  private constructor(title: string, PDFDocument: typeof PDFDocumentClass) {
    assertPdfFonts();
    this.doc = new PDFDocument({ autoFirstPage: false, bufferPages: true, info: { Title: documentText(title), Creator: 'haidong-map' } });
    this.doc.on('data', (b: Buffer) => this.chunks.push(b));
    this.ended = new Promise((resolve) => this.doc.on('end', () => resolve()));
    for (const [key, f] of Object.entries(fontFiles)) this.doc.registerFont(key, f.path, f.family);
  }

  /** Character spacing that puts exactly 28 characters of 3号 text on a line of the 156 mm block (§5.2.4). */
  private spacing(size: number): number {
    return size === typeSize.三号 ? this.box('portrait').width / charsPerLine - size : 0;
  }

  measure(font: FontKey, size: number, s: string, spacing = 0): number {
    return this.doc.font(font).fontSize(size).widthOfString(s) + spacing * [...s].length;
  }

  newPage(layout: Layout): void {
    this.doc.addPage({ size: 'A4', layout, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    this.layouts.push(layout);
  }

  private box(layout: Layout) {
    const m = marginsOf(layout);
    const [w, h] = layout === 'portrait' ? [a4.width, a4.height] : [a4.height, a4.width];
    return { left: m.left, top: m.top, width: w - m.left - m.right, bottom: h - m.bottom };
  }

  private lines(blocks: readonly TextBlock[], width: number): Line[] {
    const out: Line[] = [];
    for (const block of blocks) {
      const cs = this.spacing(block.size);
      const em = block.size + cs;
      const indent = (block.indent ?? 0) * em;
      const avail = width - (block.rightInset ?? 0) * em;
      const texts = breakLines(documentText(block.text), (s) => this.measure(block.font, block.size, s, cs), avail, avail - indent);
      texts.forEach((text, i) => {
        const x = i === 0 ? indent : 0;
        out.push({
          text,
          block,
          x,
          width: avail - x,
          height: block.lineHeight ?? linePitch,
          spaceBefore: i === 0 ? (block.spaceBefore ?? 0) : 0,
          last: i === texts.length - 1,
          spacing: cs,
          // Orphan/widow control: a paragraph of 4+ lines breaks only with 2 lines either side;
          // a shorter one not at all; a kept block never breaks from the next one.
          breakAfter: i === texts.length - 1 ? !block.keepWithNext : i >= 1 && texts.length - i - 1 >= 2,
        });
      });
    }
    return out;
  }

  /** Flows the blocks onto new portrait pages. */
  flow(blocks: readonly TextBlock[], layout: Layout = 'portrait'): void {
    const b = this.box(layout);
    const lines = this.lines(blocks, b.width);
    const starts = paginate(lines, b.bottom - b.top);
    starts.forEach((start, p) => {
      this.newPage(layout);
      let y = b.top;
      for (let j = start; j < (starts[p + 1] ?? lines.length); j++) {
        const l = lines[j]!;
        if (j > start) y += l.spaceBefore;
        this.drawLine(l, b.left, y);
        y += l.height;
      }
    });
  }

  private drawLine(l: Line, left: number, top: number): void {
    const { block } = l;
    const cs = l.spacing;
    const natural = this.measure(block.font, block.size, l.text, cs);
    const align = block.align ?? 'justify';
    let x = left + l.x;
    let spacing = cs;
    if (align === 'center') x += (l.width - natural) / 2;
    else if (align === 'right') x += l.width - natural;
    else if (align === 'justify' && !l.last && [...l.text].length > 1) spacing += (l.width - natural) / ([...l.text].length - 1);
    // The glyphs sit in the middle of their line (CJK faces are about 1.16 em from ascent to descent).
    const y = top + (l.height - block.size * 1.16) / 2;
    this.doc.font(block.font).fontSize(block.size).text(l.text, x, y, { lineBreak: false, characterSpacing: spacing });
  }

  /**
   * A table on landscape pages after `heading` (drawn on the first page): column widths fitted to
   * the content, cells wrapped by words, rows never split, the header row repeated on every page.
   */
  table(heading: readonly TextBlock[], t: PdfTable): void {
    const b = this.box('landscape');
    const font: FontKey = 'serif';
    const pad = 2.5;
    const lineH = t.size * 1.3;
    const measure = (s: string) => this.measure(font, t.size, s);
    const cols = t.headers.map((_, i) => t.rows.map((r) => documentText(r[i] ?? '')));
    const widths = fitColumnWidths(cols, measure, b.width, { padding: 2 * pad, unwrapped: measure('一二三四五六'), headers: t.headers });
    const cellLines = (cells: readonly string[]) => cells.map((c, i) => breakLines(documentText(c), measure, widths[i]! - 2 * pad));
    const rowHeight = (ls: string[][]) => Math.max(...ls.map((l) => l.length)) * lineH + 2 * pad;
    const header = cellLines(t.headers);
    const drawRow = (ls: string[][], top: number, bold: boolean) => {
      const h = rowHeight(ls);
      let x = b.left;
      ls.forEach((cell, i) => {
        this.doc.lineWidth(0.5).rect(x, top, widths[i]!, h).stroke();
        cell.forEach((text, j) => {
          const w = measure(text);
          const cx = bold || i === 0 ? x + (widths[i]! - w) / 2 : x + pad;
          this.doc.font(bold ? 'sans' : font).fontSize(t.size).text(text, cx, top + pad + j * lineH + (lineH - t.size * 1.16) / 2, { lineBreak: false });
        });
        x += widths[i]!;
      });
      return h;
    };
    this.newPage('landscape');
    let y = this.place(heading, b.top, 'landscape');
    y += drawRow(header, y, true);
    for (const row of t.rows) {
      const ls = cellLines(row);
      if (y + rowHeight(ls) > b.bottom && y > b.top + rowHeight(header) + 0.01) {
        this.newPage('landscape');
        y = b.top;
        y += drawRow(header, y, true);
      }
      y += drawRow(ls, y, false);
    }
  }

  /**
   * Draws blocks from `top` on the current page without paginating (a one-page form such as a
   * notice); returns the y below the last line.
   */
  place(blocks: readonly TextBlock[], top: number, layout: Layout = 'portrait'): number {
    const b = this.box(layout);
    let y = top;
    for (const l of this.lines(blocks, b.width)) {
      y += l.spaceBefore;
      this.drawLine(l, b.left, y);
      y += l.height;
    }
    return y;
  }

  /** The text block of a page of this layout, in points. */
  textBox(layout: Layout = 'portrait') {
    return this.box(layout);
  }

  /** Page numbers on every page (§7.5) unless it is a one-page form, then the bytes. */
  async finish({ pageNumbers = true }: { pageNumbers?: boolean } = {}): Promise<Uint8Array> {
    const range = this.doc.bufferedPageRange();
    for (let p = range.start; pageNumbers && p < range.start + range.count; p++) {
      this.doc.switchToPage(p);
      const layout = this.layouts[p]!;
      const b = this.box(layout);
      const label = pageLabel(p + 1);
      const size = typeSize.四号;
      const w = this.measure('serif', size, label);
      const odd = (p + 1) % 2 === 1;
      const x = odd ? b.left + b.width - size - w : b.left + size;
      this.doc.font('serif').fontSize(size).text(label, x, b.bottom + 7 * (72 / 25.4), { lineBreak: false });
    }
    this.doc.end();
    await this.ended;
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}
