import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginInBrowser } from '../helpers/browser';
import { getWebApp } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

// Issue 11 in the browser: the filter drives the list, a row click flies the map to the hazard,
// the filter survives in the URL; the search box finds a parcel by code and flies there; an
// inspector's search never finds another district's venue.
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await getWebApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(username: string, home: string, hash = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await loginInBrowser(page, app.baseUrl, username, hash);
  await page.waitForSelector(`[data-testid=${home}]`, { timeout: 60_000 });
  await page.waitForFunction(() => window.__map?.loaded() && window.__map.isStyleLoaded(), null, { timeout: 60_000 });
  return page;
}

const near = (a: { lng: number; lat: number }, lon: number, lat: number) => Math.abs(a.lng - lon) < 1e-3 && Math.abs(a.lat - lat) < 1e-3;

test('official: filter → list → row click flies to the hazard and marks it; the filter is in the URL', async () => {
  const page = await open('official', 'gas-home');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.selectOption('[data-testid=gas-filter-severity]', 'major');
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid=gas-hazard-list-row]')];
    return rows.length > 1 && rows.every((r) => r.textContent?.includes('重大隐患'));
  }, null, { timeout: 30_000 });
  expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain('severity=major');
  const total = Number((await page.textContent('[data-testid=gas-hazard-list-total]'))!.match(/\d+/)![0]);
  const api = await page.evaluate(async () => (await (await fetch('/api/gas/hazards?severity=major&limit=1')).json()).total as number);
  expect(total).toBe(api);

  const row = page.locator('[data-testid=gas-hazard-list-row]').nth(1);
  const id = Number(await row.getAttribute('data-id'));
  const hazard = await page.evaluate(async (hid) => (await (await fetch(`/api/gas/hazards/${hid}`)).json()) as { lon: number; lat: number }, id);
  await row.click();
  await page.waitForFunction(([lon, lat]) => {
    const c = window.__map!.getCenter();
    return !window.__map!.isMoving() && Math.abs(c.lng - lon!) < 1e-3 && Math.abs(c.lat - lat!) < 1e-3 && window.__map!.getZoom() >= 15;
  }, [hazard.lon, hazard.lat], { timeout: 30_000 });
  expect(near(await page.evaluate(() => window.__map!.getCenter()), hazard.lon, hazard.lat)).toBe(true);
  expect(await row.getAttribute('aria-selected')).toBe('true');
  const marked = await page.evaluate(async () => ((await (window.__map!.getSource('chosen-place') as any).getData()) as { features: { geometry: { coordinates: number[] } }[] }).features);
  expect(marked).toHaveLength(1);
  expect(marked[0]!.geometry.coordinates[0]).toBeCloseTo(hazard.lon, 5);

  // A reload of the URL keeps the filter.
  await page.reload();
  await page.waitForSelector('[data-testid=gas-home]', { timeout: 60_000 });
  expect(await page.inputValue('[data-testid=gas-filter-severity]')).toBe('major');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('planner: the search box finds a parcel by its code and flies to it', async () => {
  const page = await open('planner', 'ug-home');
  const parcel = await page.evaluate(async () => (await (await fetch('/api/underground/parcels?limit=1')).json()).features[0] as { properties: { id: number; code: string } });
  await page.fill('[data-testid=search-input]', parcel.properties.code);
  const result = page.locator(`[data-testid=search-result-parcel][data-id="${parcel.properties.id}"]`);
  await result.waitFor({ timeout: 30_000 });
  expect(await result.textContent()).toContain(parcel.properties.code);
  const hit = await page.evaluate(async (code) => (await (await fetch(`/api/search?q=${encodeURIComponent(code)}`)).json()).results.find((r: { kind: string }) => r.kind === 'parcel') as { place: { bbox: number[] } }, parcel.properties.code);
  await result.click();
  await page.waitForFunction(([w, s, e, n]) => {
    const c = window.__map!.getCenter();
    return !window.__map!.isMoving() && c.lng >= w! && c.lng <= e! && c.lat >= s! && c.lat <= n! && window.__map!.getZoom() > 13;
  }, hit.place.bbox, { timeout: 30_000 });
  await page.context().close();
});

test("inspector3: the search box does not find a 乐都 venue, and finds the own district's", async () => {
  const page = await open('inspector3', 'gas-home');
  const venues = await page.evaluate(async () => (await (await fetch('/api/gas/venues?limit=1')).json()).features as { properties: { id: number; name: string } }[]);
  const name = `浏览器搜索测试${Date.now()}`;
  const official = await app.login('official');
  const ledu = (await official.get('/api/gas/venues?district=630202&limit=1')).body.features[0].geometry.coordinates;
  expect((await official.post('/api/gas/venues', { name, venueType: 'restaurant', pipelineUserKind: 'non_residential', location: { lon: ledu[0], lat: ledu[1] } })).status).toBe(201);
  await page.fill('[data-testid=search-input]', name);
  await page.waitForSelector('[data-testid=search-empty]', { timeout: 30_000 });
  expect(await page.locator('[data-testid=search-result-venue]').count()).toBe(0);
  await page.fill('[data-testid=search-input]', venues[0]!.properties.name);
  await page.locator(`[data-testid=search-result-venue][data-id="${venues[0]!.properties.id}"]`).waitFor({ timeout: 30_000 });
  await page.context().close();
});
