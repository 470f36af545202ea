import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerGroup } from './mapContext';
import { drawLegend } from './printLegend';

// "打印/导出地图": the current view composed on a canvas in the browser — title, the map, a legend
// (the shown groups' legends, printLegend.ts), a scale bar, a north arrow, the date, the data source
// and the synthetic-data mark. Text is drawn into the image with the system CJK font, so the PDF
// needs no embedded font.

export const paperSizes = { a4: { widthMm: 297, heightMm: 210 }, a3: { widthMm: 420, heightMm: 297 } } as const;
export type Paper = keyof typeof paperSizes;

export interface PrintTexts {
  title: string;
  legend: string;
  date: string;
  source: string;
  synthetic: string;
  north: string;
}

const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif`;

/** The map's pixels, read in the frame the map has just drawn (the WebGL buffer is cleared after it). */
export function mapImage(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = src.width;
      copy.height = src.height;
      copy.getContext('2d')!.drawImage(src, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** A round length (1, 2 or 5 × 10ⁿ metres) no longer than `maxMetres`. */
export function niceLength(maxMetres: number): number {
  const p = 10 ** Math.floor(Math.log10(maxMetres));
  return [5, 2, 1].map((f) => f * p).find((l) => l <= maxMetres) ?? p;
}

/** Metres per CSS pixel at the map's centre (Web Mercator, 512-pixel tiles as MapLibre draws). */
function metresPerPixel(map: MapLibreMap): number {
  return (40_075_016.686 * Math.cos((map.getCenter().lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
}

/** The composed sheet at `dpi` for the paper, landscape; `groups` are the legends to print, in order. */
export function composeSheet(map: MapLibreMap, image: HTMLCanvasElement, groups: readonly LayerGroup[], texts: PrintTexts, paper: Paper, dpi = 150): HTMLCanvasElement {
  const { widthMm, heightMm } = paperSizes[paper];
  const W = Math.round((widthMm / 25.4) * dpi);
  const H = Math.round((heightMm / 25.4) * dpi);
  const u = W / 1754; // layout unit: 1 at A4 150 dpi
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, W, H);
  const margin = 40 * u;
  const titleH = 80 * u;
  const footH = 60 * u;
  const legendW = 420 * u;

  // Title and date.
  g.fillStyle = '#1f2d3d';
  g.font = font(40 * u, true);
  g.textBaseline = 'middle';
  g.fillText(texts.title, margin, margin + titleH / 2);
  g.font = font(24 * u);
  g.textAlign = 'right';
  g.fillText(texts.date, W - margin, margin + titleH / 2);
  g.textAlign = 'left';

  // The map, fitted into its frame with its aspect kept.
  const frame = { x: margin, y: margin + titleH, w: W - 2 * margin - legendW - 20 * u, h: H - 2 * margin - titleH - footH };
  const scale = Math.min(frame.w / image.width, frame.h / image.height);
  const mw = image.width * scale;
  const mh = image.height * scale;
  const mx = frame.x + (frame.w - mw) / 2;
  const my = frame.y + (frame.h - mh) / 2;
  g.drawImage(image, mx, my, mw, mh);
  g.strokeStyle = '#1f2d3d';
  g.lineWidth = 2 * u;
  g.strokeRect(mx, my, mw, mh);

  // Scale bar: output pixels per CSS pixel of the map, then a round length of at most 1/4 of the map width.
  const outPerCss = mw / map.getContainer().clientWidth;
  const metresPerOut = metresPerPixel(map) / outPerCss;
  const length = niceLength((mw / 4) * metresPerOut);
  const barPx = length / metresPerOut;
  const bx = mx + 20 * u;
  const by = my + mh - 30 * u;
  g.fillStyle = 'rgba(255,255,255,0.85)';
  g.fillRect(bx - 10 * u, by - 36 * u, barPx + 20 * u + 120 * u, 56 * u);
  g.fillStyle = '#000';
  g.fillRect(bx, by, barPx, 8 * u);
  g.fillRect(bx, by - 10 * u, 3 * u, 18 * u);
  g.fillRect(bx + barPx - 3 * u, by - 10 * u, 3 * u, 18 * u);
  g.font = font(22 * u);
  g.textBaseline = 'bottom';
  g.fillText(length >= 1000 ? `${length / 1000} km` : `${length} m`, bx, by - 10 * u);

  // North arrow, turned with the map's bearing.
  const nx = mx + mw - 50 * u;
  const ny = my + 70 * u;
  g.save();
  g.translate(nx, ny);
  g.rotate((-map.getBearing() * Math.PI) / 180);
  g.fillStyle = '#000';
  g.beginPath();
  g.moveTo(0, -40 * u);
  g.lineTo(16 * u, 20 * u);
  g.lineTo(0, 8 * u);
  g.lineTo(-16 * u, 20 * u);
  g.closePath();
  g.fill();
  g.restore();
  g.font = font(24 * u, true);
  g.textAlign = 'center';
  g.textBaseline = 'bottom';
  g.fillText(texts.north, nx, ny - 44 * u);
  g.textAlign = 'left';

  // Legend: the heading, then each shown group's legend.
  const lx = W - margin - legendW;
  const ly = margin + titleH;
  g.strokeRect(lx, ly, legendW, frame.h);
  g.textBaseline = 'top';
  g.fillStyle = '#1f2d3d';
  g.font = font(30 * u, true);
  g.fillText(texts.legend, lx + 16 * u, ly + 16 * u);
  drawLegend(g, groups, { x: lx + 16 * u, y: ly + 64 * u, w: legendW - 32 * u, bottom: frame.y + frame.h - 10 * u }, u);

  // Footer: data source and the synthetic-data mark.
  g.textBaseline = 'middle';
  g.font = font(20 * u);
  g.fillStyle = '#555';
  g.fillText(texts.source, margin, H - margin - footH / 2, W - 2 * margin - 360 * u);
  g.font = font(26 * u, true);
  g.fillStyle = '#c62828';
  g.textAlign = 'right';
  g.fillText(texts.synthetic, W - margin, H - margin - footH / 2);
  g.textAlign = 'left';
  return canvas;
}

/** The sheet as a one-page landscape PDF of the paper size (pdf-lib, loaded only when asked). */
export async function sheetPdf(sheet: HTMLCanvasElement, paper: Paper, title: string): Promise<Blob> {
  const { PDFDocument } = await import('pdf-lib');
  const png = await new Promise<Blob>((resolve, reject) => sheet.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob failed'))), 'image/png'));
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator('海东市规划与督查地图');
  const pt = (mm: number) => (mm / 25.4) * 72;
  const page = doc.addPage([pt(paperSizes[paper].widthMm), pt(paperSizes[paper].heightMm)]);
  const img = await doc.embedPng(await png.arrayBuffer());
  page.drawImage(img, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  const bytes = await doc.save();
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
