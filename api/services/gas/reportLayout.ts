// 附件1 and 附件2 as the blocks and table both document writers lay out (officialPdf, officialDocx).
import { hazardListColumns } from '../../domain/gas/hazardList';
import type { RoundReport } from '../../domain/gas/roundReport';
import { documentDate, sendableSections } from '../../domain/gas/sendableReport';
import { linePitch, typeSize } from '../documents/gbt9704';
import type { TextBlock } from '../documents/officialPdf';

const body = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({ text, font: 'serif', size: typeSize.三号, indent: 2, ...extra });

/** 附件1 in the GB/T 9704 layout: the blocks both the PDF and the DOCX writer lay out. */
export function reportBlocks(report: RoundReport): TextBlock[] {
  const blocks: TextBlock[] = [
    // 附件 label: 3号黑体, top left, no indent (§7.3.4 / §8.3 附件说明).
    { text: '附件1', font: 'sans', size: typeSize.三号, align: 'left', keepWithNext: true },
    // 标题: 2号小标宋, centred, one empty line below the label (§7.3.1).
    { text: `燃气安全专项整治${report.groupName}${report.roundName}督查报告`, font: 'serifBold', size: typeSize.二号, align: 'center', lineHeight: linePitch * 1.5, spaceBefore: linePitch, keepWithNext: true },
  ];
  let first = true;
  let daysStated = false;
  for (const s of sendableSections(report.sections)) {
    // 第一层 黑体 (§7.3.3); one blank line between the title and the first heading.
    blocks.push({ text: s.title, font: 'sans', size: typeSize.三号, indent: 2, align: 'left', keepWithNext: true, spaceBefore: first ? linePitch : 0 });
    first = false;
    if (s.body) blocks.push(body(s.body));
    // The inspection days (§一(一) "不少于一周") follow the work done, whatever text was saved there.
    if (s.key === 'work_done' && report.inspectionDaysText) {
      blocks.push(body(report.inspectionDaysText));
      daysStated = true;
    }
    for (const c of s.children) {
      // 第二层 楷体 → Noto Serif CJK Bold; its text runs on in the same paragraph when short.
      blocks.push({ text: c.title, font: 'serifBold', size: typeSize.三号, indent: 2, align: 'left', keepWithNext: true });
      if (c.body) blocks.push(body(c.body));
    }
  }
  if (!daysStated && report.inspectionDaysText) blocks.push(body(report.inspectionDaysText));
  // 发文机关署名 and 成文日期 (§7.3.5.1, §7.3.5.3): kept together, and together with the last
  // paragraph above them, so the last page never holds only the signature or only the date.
  const last = blocks.pop()!;
  blocks.push({ ...last, keepWithNext: true });
  blocks.push({ text: report.signature, font: 'serif', size: typeSize.三号, align: 'right', rightInset: 2, spaceBefore: linePitch * 2, keepWithNext: true });
  blocks.push({ text: documentDate(report.reportDueOn), font: 'serif', size: typeSize.三号, align: 'right', rightInset: 4 });
  return blocks;
}

/** 附件2 heading blocks (its label and title). */
export function hazardListHeading(report: RoundReport): TextBlock[] {
  return [
    { text: '附件2', font: 'sans', size: typeSize.三号, align: 'left' },
    { text: `${report.groupName}${report.roundName}督导检查发现隐患问题清单`, font: 'serifBold', size: typeSize.二号, align: 'center', lineHeight: linePitch * 1.5 },
  ];
}

/** The columns of 附件2 (hazardListColumns, the same as the XLSX), one row per hazard. */
export function hazardListCells(report: RoundReport): { headers: string[]; rows: string[][] } {
  return {
    headers: hazardListColumns.map((c) => c.header),
    rows: report.hazardList.map((r) => hazardListColumns.map((c) => String(r[c.key]))),
  };
}

