import type { ReportSection, RoundReport } from '../../domain/gas/roundReport';
import { writableText } from '../../domain/shared/controlCharacters';
import { zipArchive } from './zipArchive';

// Chinese text needs an East-Asian font on every run: 宋体 for Word on Windows; the font table
// names Noto Serif CJK SC as its alternative, which Linux and LibreOffice carry (fonts-noto-cjk).
const FONT = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:hint="eastAsia"/>';

const esc = (s: string) => writableText(s, 'xml').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function para(text: string, opts: { bold?: boolean; size?: number; center?: boolean; right?: boolean; indent?: boolean } = {}): string {
  const pPr = `<w:pPr>${opts.center ? '<w:jc w:val="center"/>' : opts.right ? '<w:jc w:val="right"/>' : ''}${
    opts.indent ? '<w:ind w:firstLineChars="200" w:firstLine="640"/>' : ''
  }<w:spacing w:line="560" w:lineRule="exact"/></w:pPr>`;
  const rPr = `<w:rPr>${FONT}${opts.bold ? '<w:b/>' : ''}<w:sz w:val="${opts.size ?? 32}"/><w:szCs w:val="${opts.size ?? 32}"/></w:rPr>`;
  const runs = text.split('\n').map((line, i) => `${i > 0 ? '<w:r><w:br/></w:r>' : ''}<w:r>${rPr}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`);
  return `<w:p>${pPr}${runs.join('')}</w:p>`;
}

function sectionXml(s: ReportSection): string {
  return [para(s.title, { bold: true, indent: true }), ...(s.body ? [para(s.body, { indent: true })] : []), ...(s.children ?? []).map(sectionXml)].join('');
}

function cell(text: string, bold = false): string {
  return `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${para(text, { bold, size: 21 })}</w:tc>`;
}

/** 附件1 as a Word document with the 附件2 hazard list as a table after a page break. */
export function reportDocx(report: RoundReport): Buffer {
  const f = report.figures;
  const list = report.hazardList;
  const table =
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('') +
    `</w:tblBorders></w:tblPr><w:tblGrid>${'<w:gridCol w:w="890"/>'.repeat(10)}</w:tblGrid>` +
    `<w:tr>${['序号', '县区', '场所名称', '隐患类别', '隐患描述', '等级', '责任单位', '责任人', '整改时限', '状态'].map((h) => cell(h, true)).join('')}</w:tr>` +
    list
      .map(
        (r) =>
          `<w:tr>${[String(r.seq), r.district, r.venueName, r.category, r.description, r.severity, r.responsibleUnit, r.responsiblePerson, r.deadline, r.status]
            .map((t) => cell(t))
            .join('')}</w:tr>`,
      )
      .join('') +
    `</w:tbl>`;
  const body =
    para('附件1', { bold: true }) +
    para(`燃气安全专项整治${report.groupName}${report.roundName}督查报告`, { bold: true, size: 44, center: true }) +
    para(
      `本轮督查地区${f.districtsInspected}个、重点行业领域部门${f.departments}个、企业${f.enterpriseVisits}家（次），发现问题${f.problemsFound}条、安全隐患${f.hazardsFound}条、已整改${f.hazardsRectified}条（其中重大隐患${f.majorsFound}条、已整改${f.majorsRectified}条），提出工作建议${f.suggestions}条，责令处罚企业${f.enterprisesPenalized}家、罚款${f.finesWan.toFixed(2)}万元，与行业领域部门谈话${f.officialsInterviewed}人次。`,
      { indent: true },
    ) +
    report.sections.map(sectionXml).join('') +
    para(report.signature, { right: true }) +
    para(`报送截止：${report.reportDueOn}`, { right: true }) +
    `<w:p><w:r><w:br w:type="page"/></w:r></w:p>` +
    para('附件2', { bold: true }) +
    para('督导检查发现隐患问题清单', { bold: true, size: 36, center: true }) +
    table;
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return zipArchive([
    {
      name: '[Content_Types].xml',
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    { name: 'word/document.xml', data: document },
    {
      name: 'word/_rels/document.xml.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>`,
    },
    {
      name: 'word/fontTable.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
        `<w:font w:name="宋体"><w:altName w:val="Noto Serif CJK SC"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>` +
        `<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`,
    },
  ]);
}
