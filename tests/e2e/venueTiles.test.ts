import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

// Issue 12: at the city scale the gas map draws its venues from the vector tiles (/api/tiles/venues),
// not from GeoJSON clusters; an inspector's tiles hold only the own district's venues.
let app: TestApp;
let browser: Browser;

useWebBrowser((s) => ({ app, browser } = s));

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`official at ${viewport.width}×${viewport.height}: the venue layer's source is a vector tile source and draws venues at the city scale`, async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const tileRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/tiles/venues/')) tileRequests.push(r.url());
    });
    await loginInBrowser(page, app.baseUrl, 'official', '');
    await page.waitForSelector('[data-testid=gas-home]', { timeout: 60_000 });
    await page.waitForFunction(() => window.__map?.loaded() && window.__map.isStyleLoaded() && !!window.__map.getLayer('gas-venue-point'), null, { timeout: 60_000 });
    // The whole city in view at zoom 8.
    await page.evaluate(() => window.__map!.jumpTo({ center: [102.2, 36.4], zoom: 8 }));
    const layer = await page.evaluate(() => {
      const l = window.__map!.getLayer('gas-venue-point')!;
      const source = window.__map!.getSource(l.source)!;
      return { source: l.source, sourceType: source.type, sourceLayer: (l as { sourceLayer?: string }).sourceLayer };
    });
    expect(layer).toEqual({ source: 'gas-venue-tiles', sourceType: 'vector', sourceLayer: 'venues' });
    await page.waitForFunction(() => window.__map!.queryRenderedFeatures({ layers: ['gas-venue-point'] }).length > 100, null, { timeout: 60_000 });
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(tileRequests.every((u) => /\/api\/tiles\/venues\/\d+\/\d+\/\d+\.pbf$/.test(u))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test("inspector3's venue tiles draw only the own district", async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await loginInBrowser(page, app.baseUrl, 'inspector3', '');
  await page.waitForSelector('[data-testid=gas-home]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__map?.loaded() && window.__map.isStyleLoaded() && !!window.__map.getLayer('gas-venue-point'), null, { timeout: 60_000 });
  await page.evaluate(() => window.__map!.jumpTo({ center: [102.2, 36.4], zoom: 8 }));
  await page.waitForFunction(() => window.__map!.queryRenderedFeatures({ layers: ['gas-venue-point'] }).length > 10, null, { timeout: 60_000 });
  const districts = await page.evaluate(() => [...new Set(window.__map!.queryRenderedFeatures({ layers: ['gas-venue-point'] }).map((f) => f.properties.districtCode))]);
  expect(districts).toEqual(['630222']);
  await context.close();
});
