// Renders web/public/icons/icon.svg into the PNG sizes the PWA manifest and iOS ask for, with
// Debian's chromium (the same browser the tests use). Run after changing the SVG:
//   npx tsx scripts/generate-icons.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/helpers/browser';

const dir = fileURLToPath(new URL('../web/public/icons/', import.meta.url));
const svg = readFileSync(`${dir}icon.svg`, 'utf8');
// A maskable icon keeps its content inside the central 80 % safe zone, so it is drawn smaller on the brand colour.
const targets = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'maskable-512.png', size: 512, inset: 0.12 },
  { file: 'apple-touch-icon-180.png', size: 180, inset: 0 },
];

const browser = await launchBrowser();
const page = await browser.newPage();
for (const t of targets) {
  const pad = Math.round(t.size * t.inset);
  await page.setViewportSize({ width: t.size, height: t.size });
  await page.setContent(`<html><body style="margin:0;background:#1d4e89"><div style="width:${t.size}px;height:${t.size}px;box-sizing:border-box;padding:${pad}px">${svg.replace('<svg ', `<svg width="${t.size - 2 * pad}" height="${t.size - 2 * pad}" `)}</div></body></html>`);
  await page.screenshot({ path: `${dir}${t.file}`, omitBackground: false });
}
await browser.close();
