import type { RoundReport } from '../../domain/gas/roundReport';
import { typeSize } from '../documents/gbt9704';
import { officialDocx } from '../documents/officialDocx';
import { hazardListCells, hazardListHeading, reportBlocks } from './reportLayout';

/** 附件1 (portrait) and 附件2 (landscape hazard table, the XLSX's 12 columns) as one Word document. */
export function reportDocx(report: RoundReport): Buffer {
  return officialDocx([
    { layout: 'portrait', blocks: reportBlocks(report) },
    { layout: 'landscape', heading: hazardListHeading(report), table: { ...hazardListCells(report), size: typeSize.小五 } },
  ]);
}
