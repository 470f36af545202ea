import { xmlText } from '../../domain/shared/documentText';
import { fitColumnWidths } from '../../domain/shared/lineBreak';
import { docxAltNames, fontFiles, landscapeMargins, linePitch, mm, portraitMargins, typeSize, twips, a4 } from './gbt9704';
import type { PdfTable, TextBlock } from './officialPdf';
import { zipArchive } from './zipArchive';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export type DocxSection = { readonly layout: 'portrait'; readonly blocks: readonly TextBlock[] } | { readonly layout: 'landscape'; readonly heading: readonly TextBlock[]; readonly table: PdfTable };

function runProps(b: Pick<TextBlock, 'font' | 'size'>): string {
  const east = fontFiles[b.font].docx;
  const half = Math.round(b.size * 2);
  return `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${east}" w:hint="eastAsia"/>${b.font === 'serifBold' ? '<w:b/>' : ''}<w:sz w:val="${half}"/><w:szCs w:val="${half}"/></w:rPr>`;
}

const jc = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

/** One paragraph: Word does the line breaking, keep-with-next and widow control (ECMA-376 §17.3.1). */
function paragraph(b: TextBlock): string {
  const ind = [b.indent ? `w:firstLineChars="${b.indent * 100}"` : '', b.rightInset ? `w:rightChars="${b.rightInset * 100}"` : ''].filter(Boolean).join(' ');
  const pPr =
    `<w:pPr>${b.keepWithNext ? '<w:keepNext/><w:keepLines/>' : ''}<w:widowControl/>` +
    `<w:spacing w:before="${twips(b.spaceBefore ?? 0)}" w:after="0" w:line="${twips(b.lineHeight ?? linePitch)}" w:lineRule="exact"/>` +
    `${ind ? `<w:ind ${ind}/>` : ''}<w:jc w:val="${jc[b.align ?? 'justify']}"/></w:pPr>`;
  const runs = b.text.split('\n').map((line, i) => `${i > 0 ? '<w:r><w:br/></w:r>' : ''}<w:r>${runProps(b)}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`);
  return `<w:p>${pPr}${runs.join('')}</w:p>`;
}

/** Approximate advance of text in points: CJK and full-width forms one em, the rest about half. */
export function docxMeasure(size: number) {
  return (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55) * size, 0);
}

function table(t: PdfTable, width: number): string {
  const pad = 2.5;
  const measure = docxMeasure(t.size);
  const cols = t.headers.map((_, i) => t.rows.map((r) => r[i] ?? ''));
  const widths = fitColumnWidths(cols, measure, width, { padding: 2 * pad + 1, unwrapped: measure('一二三四五六'), headers: t.headers }).map(twips);
  const cellPara = (text: string, header: boolean, center: boolean) =>
    paragraph({ text, font: header ? 'sans' : 'serif', size: t.size, align: center ? 'center' : 'left', lineHeight: t.size * 1.3 });
  const row = (cells: readonly string[], header: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>` +
    cells.map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${cellPara(c, header, header || i === 0)}</w:tc>`).join('') +
    `</w:tr>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblCellMar><w:left w:w="${twips(pad)}" w:type="dxa"/><w:right w:w="${twips(pad)}" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    row(t.headers, true) +
    t.rows.map((r) => row(r, false)).join('') +
    `</w:tbl>`
  );
}

function sectPr(layout: 'portrait' | 'landscape'): string {
  const m = layout === 'portrait' ? portraitMargins : landscapeMargins;
  const [w, h] = layout === 'portrait' ? [a4.width, a4.height] : [a4.height, a4.width];
  // Page numbers sit 7 mm below the text block (§7.5): footer distance = bottom margin − 7 mm − the number's height.
  const footer = twips(m.bottom - 7 * mm - typeSize.四号);
  return (
    `<w:sectPr><w:footerReference w:type="default" r:id="rIdOdd"/><w:footerReference w:type="even" r:id="rIdEven"/>` +
    `<w:pgSz w:w="${twips(w)}" w:h="${twips(h)}"${layout === 'landscape' ? ' w:orient="landscape"' : ''}/>` +
    `<w:pgMar w:top="${twips(m.top)}" w:right="${twips(m.right)}" w:bottom="${twips(m.bottom)}" w:left="${twips(m.left)}" w:header="851" w:footer="${footer}" w:gutter="0"/>` +
    `<w:pgNumType w:fmt="decimal"/>` +
    (layout === 'portrait' ? `<w:docGrid w:type="linesAndChars" w:linePitch="${twips(linePitch)}" w:charSpace="0"/>` : '') +
    `</w:sectPr>`
  );
}

/** "— PAGE —" in 4号 宋体, odd pages right and even pages left, one character in (§7.5). */
function footerXml(odd: boolean): string {
  const rPr = runProps({ font: 'serif', size: typeSize.四号 });
  const ind = odd ? 'w:rightChars="100"' : 'w:leftChars="100"';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:jc w:val="${odd ? 'right' : 'left'}"/><w:ind ${ind}/></w:pPr>` +
    `<w:r>${rPr}<w:t xml:space="preserve">— </w:t></w:r><w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:t>1</w:t></w:r><w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r><w:r>${rPr}<w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`
  );
}

/**
 * A DOCX in the GB/T 9704 layout (gbt9704.ts) from the same blocks the PDF writer flows: one Word
 * section per part, portrait text on the 28-line grid, a landscape section for a table with fitted
 * column widths, a repeated header row and rows that never split, page numbers in the footers.
 */
export function officialDocx(sections: readonly DocxSection[]): Buffer {
  const parts = sections.map((s, i) => {
    const content =
      s.layout === 'portrait'
        ? s.blocks.map(paragraph).join('')
        : s.heading.map(paragraph).join('') + table(s.table, (a4.height - landscapeMargins.left - landscapeMargins.right));
    // Every section but the last ends with a paragraph carrying its sectPr (ECMA-376 §17.6.18).
    return i < sections.length - 1 ? `${content}<w:p><w:pPr>${sectPr(s.layout)}</w:pPr></w:p>` : content + sectPr(s.layout);
  });
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${parts.join('')}</w:body></w:document>`;
  const fonts = [...new Set(Object.values(fontFiles).map((f) => f.docx))];
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  return zipArchive([
    {
      name: '[Content_Types].xml',
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="${ct}.document.main+xml"/><Override PartName="/word/fontTable.xml" ContentType="${ct}.fontTable+xml"/>` +
        `<Override PartName="/word/settings.xml" ContentType="${ct}.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="${ct}.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="${ct}.footer+xml"/></Types>`,
    },
    { name: '_rels/.rels', data: rels(rel('rId1', 'officeDocument', 'word/document.xml')) },
    { name: 'word/document.xml', data: document },
    {
      name: 'word/_rels/document.xml.rels',
      data: rels(rel('rId1', 'fontTable', 'fontTable.xml') + rel('rId2', 'settings', 'settings.xml') + rel('rIdOdd', 'footer', 'footer1.xml') + rel('rIdEven', 'footer', 'footer2.xml')),
    },
    { name: 'word/settings.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W}"><w:evenAndOddHeaders/></w:settings>` },
    { name: 'word/footer1.xml', data: footerXml(true) },
    { name: 'word/footer2.xml', data: footerXml(false) },
    {
      name: 'word/fontTable.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">` +
        fonts.map((f) => `<w:font w:name="${f}"><w:altName w:val="${docxAltNames[f]}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`).join('') +
        `<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`,
    },
  ]);
}
