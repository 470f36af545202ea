import type { RoundReport } from '../../domain/gas/roundReport';
import { typeSize } from '../documents/gbt9704';
import { OfficialPdf } from '../documents/officialPdf';
import { hazardListCells, hazardListHeading, reportBlocks } from './reportLayout';

/** 附件1 (portrait, 28 lines × 28 characters) and 附件2 (landscape table) as one PDF. */
export async function reportPdf(report: RoundReport): Promise<Uint8Array> {
  const pdf = await OfficialPdf.create(`${report.groupName}${report.roundName}督查报告`);
  pdf.flow(reportBlocks(report));
  pdf.table(hazardListHeading(report), { ...hazardListCells(report), size: typeSize.小五 });
  return pdf.finish();
}
