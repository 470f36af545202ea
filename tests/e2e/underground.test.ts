import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';
import proj4 from 'proj4';
import { supportedCrs } from '../../api/domain/geo/crs';
import { freshParcel, parcelFeature } from '../helpers/accessFixtures';

let app: TestApp;
let browser: Browser;

useWebBrowser((s) => ({ app, browser } = s));

const money = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const parseMoney = (s: string) => Number(s.replace(/,/g, ''));

test('a planner opens a parcel, reads its fee breakdown and re-quotes it with a what-if price', async () => {
  const planner = await app.login('planner');
  const list = await planner.get('/api/underground/parcels?county=630203&limit=500');
  type F = { id: number; geometry: { coordinates: number[][][][] }; properties: { supply: string; feeTotal: number; kind: string } };
  const target = (list.body.features as F[]).find((f) => f.properties.supply === 'agreement' && f.properties.feeTotal > 0 && f.properties.kind === 'combined')!;
  expect(target).toBeDefined();
  const ring = target.geometry.coordinates[0]![0]!;
  const center: [number, number] = [(ring[0]![0]! + ring[2]![0]!) / 2, (ring[0]![1]! + ring[2]![1]!) / 2];

  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginInBrowser(page, app.baseUrl, 'planner');
  await page.waitForSelector('[data-testid=ug-home]');
  await page.waitForFunction(() => window.__map?.getLayer('ug-parcel-fill') !== undefined, null, { timeout: 60_000 });
  await page.evaluate((c) => window.__map!.jumpTo({ center: c, zoom: 17 }), center);
  await page.waitForFunction(() => window.__map!.queryRenderedFeatures({ layers: ['ug-parcel-fill'] }).length > 0, null, { timeout: 30_000 });

  // Click the parcel's centre on the canvas; the top-most parcel there is the one that opens.
  const point = await page.evaluate((c) => window.__map!.project(c), center);
  const box = (await page.locator('[data-testid=map] canvas').boundingBox())!;
  const clickedId = await page.evaluate(
    (p) => Number(window.__map!.queryRenderedFeatures([p.x, p.y], { layers: ['ug-parcel-fill'] })[0]!.properties.id),
    point,
  );
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await page.waitForSelector('[data-testid=ug-fee-total]');

  const detail = await planner.get(`/api/underground/parcels/${clickedId}`);
  const shown = await page.textContent('[data-testid=ug-fee-total]');
  expect(shown).toBe(money(detail.body.fee.total));
  expect(detail.body.fee.total).toBeGreaterThan(0);
  const rows = await page.locator('[data-testid=ug-fee-table] tbody tr').count();
  expect(rows).toBe(detail.body.layers.length);
  expect(await page.textContent('[data-testid=ug-fee-table]')).toContain('第十五条');
  expect(await page.locator('[data-testid=ug-section] rect').count()).toBeGreaterThan(2);
  await page.screenshot({ path: 'tests/artifacts/underground-parcel.png' });

  // What-if: doubling the surface price doubles an agreement fee (± 1 cent of per-layer rounding).
  if (detail.body.supply === 'agreement' && !detail.body.fee.rent) {
    await page.fill('[data-testid=ug-whatif-price]', String(detail.body.surfaceUnitPrice * 2));
    await page.waitForSelector('[data-testid=ug-whatif-total]', { timeout: 10_000 });
    const doubled = parseMoney((await page.textContent('[data-testid=ug-fee-total]'))!);
    expect(Math.abs(doubled - 2 * detail.body.fee.total)).toBeLessThanOrEqual(0.02 * detail.body.layers.length);
    await page.screenshot({ path: 'tests/artifacts/underground-whatif.png' });
  }
  // An invalid what-if price: the message names the price by its label and says what to do, and
  // no total of the earlier what-if stays on screen (the table shows the parcel's own fee).
  for (const bad of ['', '-5']) {
    await page.fill('[data-testid=ug-whatif-price]', bad);
    await page.waitForSelector('[data-testid=ug-whatif-error]', { timeout: 10_000 });
    const message = (await page.textContent('[data-testid=ug-whatif-error]'))!;
    expect(message).toContain('地表评估单价');
    expect(message).toMatch(/请输入/);
    expect(message).not.toContain('surfaceUnitPrice');
    expect(await page.locator('[data-testid=ug-whatif-total]').count()).toBe(0);
    expect(await page.textContent('[data-testid=ug-fee-total]')).toBe(money(detail.body.fee.total));
  }
  await page.screenshot({ path: 'tests/artifacts/underground-whatif-invalid.png' });
  // Switching the language keeps what the user typed (the detail is fetched again in English).
  await page.fill('[data-testid=ug-whatif-price]', '1234');
  await page.click('[data-testid=lang-switch]');
  await page.waitForFunction(() => document.querySelector('.ug-whatif legend')?.textContent?.startsWith('What-if'), null, { timeout: 10_000 });
  await page.waitForSelector('[data-testid=ug-whatif-total]', { timeout: 10_000 });
  expect(await page.inputValue('[data-testid=ug-whatif-price]')).toBe('1234');
  await page.click('[data-testid=lang-switch]');
  expect(errors).toEqual([]);
  await page.close();
});

test('a planner imports a parcel file from the view and reads the per-row refusal', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await loginInBrowser(page, app.baseUrl, 'planner');
  await page.waitForSelector('[data-testid=ug-import-file]');
  const square = [[102.791, 36.322], [102.7912, 36.322], [102.7912, 36.3222], [102.791, 36.3222], [102.791, 36.322]];
  const file = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [square] }, properties: { code: 'E2E-IMPORT-1', layers: [] } }],
  };
  await page.setInputFiles('[data-testid=ug-import-file]', {
    name: 'parcels.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  // The mapping step shows the file's columns first; the import runs on the planner's click.
  await page.waitForSelector('[data-testid=ug-import-mapping] [data-testid=ug-map-code]');
  await page.click('[data-testid=ug-import-run]');
  await page.waitForSelector('[data-testid=ug-import-report] tbody tr');
  expect(await page.textContent('[data-testid=ug-import-report] tbody tr')).toContain('E2E-IMPORT-1');
  await page.screenshot({ path: 'tests/artifacts/underground-import-report.png' });
  await page.close();
});

test('a planner picks the CRS for a file that declares none (EPSG:4543 metres) and the parcel lands', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await loginInBrowser(page, app.baseUrl, 'planner');
  await page.waitForSelector('[data-testid=ug-import-file]');
  const p = freshParcel();
  const t = proj4('+proj=longlat +ellps=GRS80 +no_defs', supportedCrs.get(4543)!.proj4);
  const ring = (p.footprint.coordinates[0] as number[][]).map(([x, y]) => t.forward([x!, y!]));
  const file = { type: 'FeatureCollection', features: [{ ...parcelFeature(p), geometry: { type: 'Polygon', coordinates: [ring] } }] };
  await page.setInputFiles('[data-testid=ug-import-file]', { name: 'survey.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) });
  // The server refuses the file for want of a CRS; the panel asks for one and reads the file again.
  await page.waitForSelector('[data-testid=ug-import-crs]');
  expect(await page.locator('[data-testid=ug-import-crs] option[value="EPSG:4543"]').textContent()).toContain('中央经线 102°E');
  await page.selectOption('[data-testid=ug-import-crs]', 'EPSG:4543');
  await page.waitForSelector('[data-testid=ug-import-mapping] [data-testid=ug-map-code]');
  await page.click('[data-testid=ug-import-run]');
  await page.waitForSelector('[data-testid=ug-import-ok]');
  const found = await page.evaluate(async (code) => (await (await fetch(`/api/search?q=${encodeURIComponent(code)}`)).json()) as { results: { kind: string; place: { bbox: number[] } }[] }, p.code);
  const bbox = found.results.find((r) => r.kind === 'parcel')!.place.bbox;
  const [[x0, y0], , [x1, y1]] = p.footprint.coordinates[0] as number[][];
  expect(bbox[0]).toBeCloseTo(x0!, 6);
  expect(bbox[1]).toBeCloseTo(y0!, 6);
  expect(bbox[2]).toBeCloseTo(x1!, 6);
  expect(bbox[3]).toBeCloseTo(y1!, 6);
  await page.close();
});
