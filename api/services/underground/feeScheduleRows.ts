import type { Db } from '../../../db/client';
import { scheduleParcels } from '../../../db/repositories/undergroundSchedule';
import { levelLabel } from '../../domain/underground/layerLevel';
import { isCentralCity } from '../../domain/underground/policyScope';
import { termStartQuote } from '../../domain/underground/termStartQuote';
import { parcelUseLabels, supplyMethodLabels } from '../../domain/underground/vocabulary';

// The fee schedule (出让金明细表) shared by its CSV and XLSX exports: one row per parcel layer.

export const feeScheduleHeader = ['地块编号 code', '名称 name', '县区 county', '用途 use', '供应方式 supply', '层 level', '顶深 top (m)', '底深 bottom (m)', '净高 net height (m)', '投影面积 area (m²)', '地表评估单价 price (元/m²)', '比例 share', '出让金 fee (元)', '依据 reason', '地块合计 parcel total (元)', '仅供参考 reference only', '示例数据 synthetic'];

/** One row per parcel layer, quoted on the term-start date (东政办〔2023〕95号 Art. 15). */
export async function feeScheduleRows(db: Db): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = [];
  for (const p of await scheduleParcels(db)) {
    const q = termStartQuote(p);
    q.layers.forEach((l, i) => {
      const layer = p.layers[i]!;
      rows.push([
        p.code, p.name, p.countyName ?? p.countyCode, parcelUseLabels[p.use].zh, supplyMethodLabels[p.supply].zh, levelLabel(l.level).zh,
        layer.topDepth, layer.bottomDepth, layer.netHeight, layer.projectionArea, p.surfaceUnitPrice, l.share, l.fee, l.reason.zh, q.total,
        isCentralCity(p.countyCode) ? '' : '是', p.synthetic ? '是' : '',
      ]);
    });
  }
  return rows;
}
