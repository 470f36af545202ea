import type { Db } from '../../../db/client';
import { cellValue } from '../../domain/shared/documentText';
import { feePolicies } from '../../domain/underground/feePolicies';
import { feeScheduleHeader, feeScheduleRows } from './feeScheduleRows';

/** The fee schedule as a workbook: the rows, and a sheet stating the rule and its validity. */
export async function feeScheduleXlsx(db: Db): Promise<Uint8Array> {
  // exceljs is loaded on first use, not at start (issue 15: restart ≤ 10 s).
  const { default: ExcelJS } = await import('exceljs');
  const rows = await feeScheduleRows(db);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'haidong-map';
  const ws = wb.addWorksheet('出让金明细 fee schedule');
  ws.addRow(feeScheduleHeader).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(cellValue));
  ws.getColumn(12).numFmt = '0.0%';
  ws.getColumn(13).numFmt = '#,##0.00';
  ws.getColumn(15).numFmt = '#,##0.00';
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const policy = feePolicies[0]!;
  const note = wb.addWorksheet('说明 notes');
  note.addRow([`${policy.document.zh} ${policy.article.zh}；有效期 ${policy.validFrom} 至 ${policy.validTo ?? '长期'}（${policy.citations.validity.zh}）`]);
  note.addRow(['每层金额 = 投影面积 × 地表评估单价 × 分层比例（公共停车场减半）；净高 ≤ 2.2 米不收费（第三条）']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
