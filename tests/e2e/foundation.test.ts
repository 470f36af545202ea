import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

let app: TestApp;
let browser: Browser;

useWebBrowser((s) => ({ app, browser } = s));

test('a planner logs in, sees the six counties on the map canvas, switches a layer and the language', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginInBrowser(page, app.baseUrl, 'planner');
  await page.waitForFunction(() => window.__map?.loaded() && window.__map.isStyleLoaded(), null, { timeout: 60_000 });
  await page.waitForFunction(
    () => new Set(window.__map!.queryRenderedFeatures({ layers: ['county-fill'] }).map((f) => f.properties.code)).size === 6,
    null,
    { timeout: 30_000 },
  );

  // The planner sees only the underground menu.
  expect(await page.locator('[data-testid^=menu-]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual(['menu-underground']);

  // Switching the township layer off hides it on the map.
  await page.click('[data-testid="layer-base-townships"]');
  expect(await page.evaluate(() => window.__map!.getLayoutProperty('township-line', 'visibility'))).toBe('none');

  // The map state lives in the URL hash.
  expect(await page.evaluate(() => location.hash)).toMatch(/map=[\d.]+\/[\d.]+\/[\d.]+/);
  await page.screenshot({ path: 'tests/artifacts/foundation-map.png' });

  await page.evaluate(() => window.__map!.jumpTo({ center: [102.2, 36.5], zoom: 11 }));
  await page.waitForFunction(() => location.hash.includes('map=11/36.5/102.2'));
  await page.click('[data-testid="lang-switch"]');
  await page.waitForFunction(() => document.body.innerText.includes('Log out'));
  // The language switch rebuilds the map; the position in the URL survives it.
  await page.waitForFunction(() => window.__map?.loaded());
  expect(await page.evaluate(() => location.hash)).toContain('map=11/36.5/102.2');
  expect(await page.evaluate(() => Math.round(window.__map!.getZoom()))).toBe(11);
  expect(errors).toEqual([]);
  await page.close();
});

test('a second role sees only its own menus', async () => {
  const page = await browser.newPage();
  await loginInBrowser(page, app.baseUrl, 'education');
  await page.waitForSelector('[data-testid=menu-education]');
  expect(await page.locator('[data-testid^=menu-]').count()).toBe(1);
  await page.close();
});
