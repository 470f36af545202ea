import ExcelJS from 'exceljs';
import type { Executor } from '../../../db/client';
import { scheduleParcels } from '../../../db/repositories/undergroundSchedule';
import { feePolicies } from '../../domain/underground/feePolicies';
import { feeQuote } from '../../domain/underground/feeQuote';
import type { Level } from '../../domain/underground/layerLevel';
import { levelLabel } from '../../domain/underground/layerLevel';
import { parcelUseLabels, supplyMethodLabels } from '../../domain/underground/vocabulary';
import { isCentralCity } from '../../domain/underground/policyScope';

const header = ['地块编号 code', '名称 name', '县区 county', '用途 use', '供应方式 supply', '层 level', '顶深 top (m)', '底深 bottom (m)', '净高 net height (m)', '投影面积 area (m²)', '地表评估单价 price (元/m²)', '比例 share', '出让金 fee (元)', '依据 reason', '地块合计 parcel total (元)', '仅供参考 reference only', '示例数据 synthetic'];

/** One row per parcel layer, quoted on the term-start date (东政办〔2023〕95号 Art. 15). */
export async function feeScheduleRows(ex: Executor): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = [];
  for (const p of await scheduleParcels(ex)) {
    const q = feeQuote(
      {
        supply: p.supply as never, use: p.use as never, surfaceAllocated: p.surfaceAllocated, publicParking: p.publicParking, surfaceUnitPrice: p.surfaceUnitPrice, date: p.termStart,
        layers: p.layers.map((l) => ({ level: l.level as Level, topDepth: l.topDepth, bottomDepth: l.bottomDepth, netHeight: l.netHeight, area: l.projectionArea })),
      },
      feePolicies,
      p.termStart,
    );
    q.layers.forEach((l, i) => {
      const layer = p.layers[i]!;
      rows.push([
        p.code, p.name, p.countyName ?? p.countyCode, parcelUseLabels[p.use as keyof typeof parcelUseLabels]?.zh ?? p.use,
        supplyMethodLabels[p.supply as keyof typeof supplyMethodLabels]?.zh ?? p.supply, levelLabel(l.level).zh,
        layer.topDepth, layer.bottomDepth, layer.netHeight, layer.projectionArea, p.surfaceUnitPrice, l.share, l.fee, l.reason, q.total,
        isCentralCity(p.countyCode) ? '' : '是', p.synthetic ? '是' : '',
      ]);
    });
  }
  return rows;
}

const csvCell = (v: string | number) => {
  const s = String(v);
  // Formula-looking text is prefixed so spreadsheets do not execute it (CSV injection).
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export async function feeScheduleCsv(ex: Executor): Promise<string> {
  const rows = await feeScheduleRows(ex);
  // BOM so Excel opens the UTF-8 Chinese text correctly.
  return '\ufeff' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export async function feeScheduleXlsx(ex: Executor): Promise<Buffer> {
  const rows = await feeScheduleRows(ex);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'haidong-map';
  const ws = wb.addWorksheet('出让金明细 fee schedule');
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.getColumn(12).numFmt = '0.0%';
  ws.getColumn(13).numFmt = '#,##0.00';
  ws.getColumn(15).numFmt = '#,##0.00';
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const policy = feePolicies[0]!;
  const note = wb.addWorksheet('说明 notes');
  note.addRow([`${policy.document} ${policy.article}；有效期 ${policy.validFrom} 至 ${policy.validTo ?? '长期'}（${policy.citations.validity.zh}）`]);
  note.addRow(['每层金额 = 投影面积 × 地表评估单价 × 分层比例（公共停车场减半）；净高 ≤ 2.2 米不收费（第三条）']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
