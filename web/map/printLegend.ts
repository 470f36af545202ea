import type { LayerGroup } from './mapContext';

// The print sheet's legend: per shown group its title (what is measured, unit), the note, the
// classes, the ramp and the circle-size key — the same Legend the layer panel shows.

const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif`;

/** Draws the legends of `groups` into the box; stops at its bottom. `u` is the sheet's layout unit. */
export function drawLegend(g: CanvasRenderingContext2D, groups: readonly LayerGroup[], box: { x: number; y: number; w: number; bottom: number }, u: number): void {
  const { x: lx, w } = box;
  let ly = box.y;
  const room = (h: number) => ly + h <= box.bottom;
  const text = (t: string, px: number, bold: boolean, colour: string, dx = 0) => {
    g.font = font(px * u, bold);
    g.fillStyle = colour;
    g.fillText(t, lx + dx, ly, w - dx);
  };
  g.textBaseline = 'top';
  for (const group of groups) {
    const legend = group.legend;
    if (!legend || !room(40 * u)) continue;
    text(legend.title, 22, true, '#1f2d3d');
    ly += 30 * u;
    if (legend.note && room(26 * u)) {
      text(legend.note, 16, false, '#666');
      ly += 24 * u;
    }
    if (legend.ramp && room(48 * u)) {
      const grad = g.createLinearGradient(lx, 0, lx + w * 0.8, 0);
      legend.ramp.colours.forEach((c, i) => grad.addColorStop(i / (legend.ramp!.colours.length - 1), c));
      g.fillStyle = grad;
      g.fillRect(lx, ly, w * 0.8, 16 * u);
      ly += 20 * u;
      text(legend.ramp.low, 18, false, '#333');
      g.textAlign = 'right';
      g.fillText(legend.ramp.high, lx + w * 0.8, ly);
      g.textAlign = 'left';
      ly += 26 * u;
    }
    for (const item of legend.items ?? []) {
      if (!room(28 * u)) break;
      g.fillStyle = item.colour;
      if (item.shape === 'circle') {
        g.beginPath();
        g.arc(lx + 12 * u, ly + 11 * u, 9 * u, 0, 2 * Math.PI);
        g.fill();
      } else if (item.shape === 'line') g.fillRect(lx, ly + 9 * u, 24 * u, 4 * u);
      else g.fillRect(lx, ly + 2 * u, 24 * u, 18 * u);
      text(item.label, 20, false, '#333', 36 * u);
      ly += 28 * u;
    }
    for (const size of legend.sizes ?? []) {
      const r = size.radius * 1.5 * u;
      if (!room(Math.max(28 * u, 2 * r + 6 * u))) break;
      g.strokeStyle = size.colour;
      g.lineWidth = 2 * u;
      g.beginPath();
      g.arc(lx + 24 * u, ly + r, r, 0, 2 * Math.PI);
      g.stroke();
      text(size.label, 20, false, '#333', 60 * u);
      ly += Math.max(28 * u, 2 * r + 6 * u);
    }
    ly += 12 * u;
  }
}
