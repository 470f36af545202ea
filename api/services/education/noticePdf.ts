import type { NoticeText } from '../../domain/education/noticeText';
import { mm, typeSize } from '../documents/gbt9704';
import { OfficialPdf, type TextBlock } from '../documents/officialPdf';

const seal = 21 * mm; // radius of a 42 mm official seal (GB/T 9704 §7.3.5.1: the seal presses on the signature and date)

/**
 * A notice on one A4 page: title, number, the filled text, the issuers by name with a seal area
 * each, the date, and below a dashed cut line the 回执 the guardian signs and returns.
 */
export async function noticePdf(n: NoticeText): Promise<Uint8Array> {
  const pdf = await OfficialPdf.create(n.title);
  const doc = pdf.doc;
  const box = pdf.textBox();
  const size = typeSize.四号;
  const lineHeight = size * 1.6;
  pdf.newPage('portrait');
  const para = (text: string, indent: number): TextBlock => ({ text, font: 'serif', size, indent, lineHeight });
  let y = pdf.place(
    [
      { text: n.title, font: 'serifBold', size: typeSize.二号, align: 'center', lineHeight: typeSize.二号 * 1.5 },
      { text: n.number, font: 'serif', size: typeSize.小四, align: 'center', lineHeight: typeSize.小四 * 1.8 },
      ...n.paragraphs.map((p, i) => ({ ...para(p, i === 0 ? 0 : 2), spaceBefore: i === 0 ? lineHeight * 0.5 : 0 })),
    ],
    box.top,
  );

  // Issuers side by side, each under a dashed seal circle; the date under them on the right.
  y += lineHeight * 2.5;
  const column = box.width / n.issuers.length;
  n.issuers.forEach((issuer, i) => {
    const cx = box.left + column * i + column / 2;
    doc.save().lineWidth(0.6).dash(3, { space: 3 }).strokeColor('#b0b0b0').circle(cx, y + size / 2, seal).stroke().restore();
    doc.font('serif').fontSize(typeSize.五号).fillColor('#9a9a9a');
    const label = '（盖章）';
    doc.text(label, cx - doc.widthOfString(label) / 2, y + size / 2 - seal + 6, { lineBreak: false });
    doc.fillColor('black').font('serif').fontSize(size);
    doc.text(issuer, cx - doc.widthOfString(issuer) / 2, y, { lineBreak: false });
  });
  y += lineHeight * 1.2;
  doc.font('serif').fontSize(size);
  doc.text(n.dateLine, box.left + box.width - column / 2 - doc.widthOfString(n.dateLine) / 2, y, { lineBreak: false });

  // The tear-off receipt at the foot of the page.
  const small = typeSize.小四;
  const receiptTop = box.bottom - small * 1.7 * 6;
  const cut = receiptTop - small;
  doc.save().lineWidth(0.6).dash(4, { space: 3 }).moveTo(box.left - 10 * mm, cut).lineTo(box.left + box.width + 10 * mm, cut).stroke().restore();
  doc.font('serif').fontSize(typeSize.五号);
  const hint = '（沿此线剪开，回执由监护人签名后交回）';
  const hw = doc.widthOfString(hint);
  doc.rect(box.left + (box.width - hw) / 2 - 4, cut - 7, hw + 8, 14).fill('white');
  doc.fillColor('black').text(hint, box.left + (box.width - hw) / 2, cut - 6, { lineBreak: false });
  pdf.place(
    [
      { text: n.receipt.title, font: 'sans', size: typeSize.三号, align: 'center', lineHeight: typeSize.三号 * 1.6 },
      ...n.receipt.paragraphs.map((p, i): TextBlock => ({ text: p, font: 'serif', size: small, indent: i === 0 ? 0 : 2, lineHeight: small * 1.7 })),
      { text: n.receipt.signLine, font: 'serif', size: small, align: 'right', lineHeight: small * 1.7, spaceBefore: small * 0.8 },
    ],
    receiptTop,
  );
  return pdf.finish({ pageNumbers: false });
}
