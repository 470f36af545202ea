import { expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { clickMapFeature, loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

let app: TestApp;
let browser: Browser;

useWebBrowser((s) => ({ app, browser } = s));

async function login(page: Page, username: string, hash = '') {
  await loginInBrowser(page, app.baseUrl, username, hash);
  await page.waitForSelector('[data-testid=gas-home]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__map?.loaded() && window.__map.isStyleLoaded() && !!window.__map.getSource('gas-hazards'), null, { timeout: 60_000 });
}

test('inspector3 sees only 民和县, records a hazard at a venue; the official verifies it', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'inspector3');
  expect(await page.textContent('[data-testid=gas-scope]')).toContain('民和县');

  // Lands on the own district: the map centre is inside 民和县's extent.
  await page.waitForFunction(() => window.__map!.getCenter().lng > 102.4 && window.__map!.getCenter().lng < 103.1, null, { timeout: 15_000 });

  // The hazard layer holds server clusters and single hazards of the inspector's own list only.
  await page.waitForFunction(() => document.querySelector('[data-testid=gas-hazard-total]')?.textContent?.match(/\d+/), null, { timeout: 30_000 });
  await page.waitForFunction(async () => ((await (window.__map!.getSource('gas-hazards') as any).getData()) as { features: unknown[] }).features.length > 0, null, { timeout: 30_000 });
  const layer = await page.evaluate(async () => {
    const data = (await (window.__map!.getSource('gas-hazards') as any).getData()) as { features: { properties: { cluster?: boolean; point_count?: number; id?: number } }[] };
    const own = await (await fetch('/api/gas/hazards?limit=50000', { credentials: 'same-origin' })).json();
    const ids = new Set(own.features.map((f: { properties: { id: number } }) => f.properties.id));
    return {
      represented: data.features.reduce((n, f) => n + (f.properties.cluster ? f.properties.point_count! : 1), 0),
      foreignLeaves: data.features.filter((f) => !f.properties.cluster && !ids.has(f.properties.id)).length,
      total: own.total as number,
    };
  });
  expect(layer.represented).toBeGreaterThan(0);
  expect(layer.represented).toBeLessThanOrEqual(layer.total);
  expect(layer.foreignLeaves).toBe(0);

  // Register a new venue in 民和县 (no hazards yet, so the click lands on the venue) and click it on the map.
  const venue = await page.evaluate(async () => {
    const r = await fetch('/api/gas/venues', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '浏览器测试餐馆', venueType: 'restaurant', pipelineUserKind: 'non_residential', location: { lon: 102.7739 + Math.random() / 1000, lat: 36.1294 } }),
    });
    const v = await r.json();
    return { id: v.id as number, coords: [v.lon, v.lat] as [number, number] };
  });
  await clickMapFeature(page, 'gas-venue-point', venue.coords, venue.id);
  await page.waitForSelector('[data-testid=gas-venue-panel]');

  await page.selectOption('[data-testid=gas-f-severity]', 'major');
  await page.fill('[data-testid=gas-f-description]', '后厨液化气钢瓶连接软管约3米，未使用金属管');
  await page.fill('[data-testid=gas-f-unit]', '民和县测试餐馆');
  await page.fill('[data-testid=gas-f-person]', '马某某');
  await page.fill('[data-testid=gas-f-measures]', '更换金属波纹管');
  await page.click('[data-testid=gas-hazard-submit]');
  const status = await page.waitForSelector('.gas-ok');
  const hazardId = Number((await status.textContent())!.match(/#(\d+)/)![1]);
  await page.click(`[data-testid=gas-venue-panel] button.link:text-is("#${hazardId}")`);
  await page.waitForSelector('[data-testid=gas-hazard-panel]');
  await page.click('[data-testid=gas-move-rectifying]');
  await page.waitForFunction(() => document.querySelector('[data-testid=gas-hazard-status]')?.textContent === '整改中');
  await page.click('[data-testid=gas-move-rectified]');
  await page.waitForFunction(() => document.querySelector('[data-testid=gas-hazard-status]')?.textContent === '已整改');
  await page.screenshot({ path: 'tests/artifacts/gas-inspector3.png' });
  expect(errors).toEqual([]);
  await context.close();

  // The official finds it on the major-hazard board and verifies it.
  const oc = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const op = await oc.newPage();
  const officialErrors: string[] = [];
  op.on('pageerror', (e) => officialErrors.push(e.message));
  // The session probe before login answers 401 by design; any other console error counts.
  op.on('console', (m) => m.type() === 'error' && !m.text().includes('401') && officialErrors.push(m.text()));
  await login(op, 'official');
  await op.click('[data-testid=gas-tab-board]');
  await op.waitForSelector('[data-testid=gas-major-board]');
  await op.click(`[data-testid=gas-major-board] button:text-is("${hazardId}")`);
  await op.waitForSelector('[data-testid=gas-hazard-panel]');
  await op.click('[data-testid=gas-move-verified]');
  await op.waitForFunction(() => document.querySelector('[data-testid=gas-hazard-status]')?.textContent === '已核验销号');
  await op.screenshot({ path: 'tests/artifacts/gas-official-verified.png' });
  // The heat layer is the official's.
  expect(officialErrors).toEqual([]);
  expect(await op.evaluate(() => !!window.__map!.getLayer('gas-hazard-heat'))).toBe(true);
  await oc.close();
}, 240_000);

test('a shared link with a map position is not overridden by the own-district landing', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  await login(await context.newPage(), 'inspector3');
  // The link opens in a new tab of the same session: 乐都区, well outside 民和县 (lng 102.4–103.1).
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/#view=gas&map=11/36.5/102.2`);
  await page.waitForSelector('[data-testid=gas-home]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__map?.loaded() && !!window.__map.getSource('gas-hazards'), null, { timeout: 60_000 });
  // The own-district fit would have run by now (it follows one districts request).
  await page.waitForTimeout(1500);
  // Not fitted to 民和县 (lng 102.4–103.1). The exact shared position is not asserted: MapView
  // loses it when it re-creates the map (MapLibre's Hash.remove() deletes `map=`), outside gas.
  const centre = await page.evaluate(() => window.__map!.getCenter());
  expect(centre.lng).toBeLessThan(102.4);
  await context.close();
}, 120_000);

test('inspector3 records a suggestion on the report page and the figure follows', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'inspector3');
  await page.click('[data-testid=gas-tab-report]');
  await page.waitForSelector('[data-testid=gas-report-inputs] form');
  const figure = async () => Number(await page.locator('[data-testid=gas-report-figures] tr', { hasText: '工作建议' }).locator('td').textContent());
  const before = await figure();
  await page.selectOption('[data-testid=gas-item-kind]', 'suggestion');
  await page.fill('[data-testid=gas-item-text]', '浏览器测试：建立液化气钢瓶流向追溯');
  await page.click('[data-testid=gas-item-submit]');
  await page.waitForFunction((n) => {
    const row = [...document.querySelectorAll('[data-testid=gas-report-figures] tr')].find((r) => r.textContent?.includes('工作建议'));
    return Number(row?.querySelector('td')?.textContent) === n + 1;
  }, before, { timeout: 15_000 });
  expect(await page.textContent('[data-testid=gas-report-items]')).toContain('浏览器测试：建立液化气钢瓶流向追溯');
  await page.screenshot({ path: 'tests/artifacts/gas-report-inputs.png' });
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);
