import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginInBrowser } from '../helpers/browser';
import { getWebApp } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

// Issue 10, the officials' review (visits without location proof, 回头看) and the before/after
// photos on the hazard page, in Debian's chromium against the production build.

const photo = fileURLToPath(new URL('../fixtures/gas/site-photo-3000x2000.jpg', import.meta.url));
// Inside 民和县 (630222, group 3) outside the park, as tests/e2e/field.test.ts uses it.
const minhe = { lon: 102.7739, lat: 36.1294 };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

let app: TestApp;
let browser: Browser;
const stamp = Date.now();
const venueName = `复核测试餐馆-${stamp}`;
let venueId = 0;
let hazardId = 0;

beforeAll(async () => {
  app = await getWebApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function login(page: Page, username: string, ready: string, hash = '') {
  await loginInBrowser(page, app.baseUrl, username, hash);
  await page.waitForSelector(ready, { timeout: 60_000 });
  await page.waitForFunction(() => window.__map?.loaded() && window.__map.isStyleLoaded(), null, { timeout: 60_000 });
}

/** A same-origin JSON call with the page's session. */
function call(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const r = await fetch(path, { method, credentials: 'same-origin', headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
      return { status: r.status, body: await r.json() };
    },
    { method, path, body },
  );
}

test('inspector: a rectification photo taken on the hazard page is stored with its stage', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'inspector3', '[data-testid=gas-home]');
  // A venue, a visit recorded without a position (for the officials' review below) and a
  // hazard found on the first day of the current campaign's first round (for the look-back).
  venueId = (await call(page, 'POST', '/api/gas/venues', { name: venueName, venueType: 'restaurant', pipelineUserKind: 'non_residential', address: '川垣大街9号', location: minhe })).body.id;
  const visit = await call(page, 'POST', '/api/gas/visits', { venueId, inspectors: '马某某、韩某某' });
  expect(visit.status, JSON.stringify(visit.body)).toBe(201);
  const coverage = (await call(page, 'GET', '/api/gas/coverage')).body;
  const hazard = await call(page, 'POST', '/api/gas/hazards', {
    venueId, category: 'hose_too_long', description: '连接软管长约3米', severity: 'general', responsibleUnit: venueName, responsiblePerson: '马某某', measures: '更换为2米以内专用软管', deadline: '2099-12-31', foundAt: coverage.rounds[0].startsOn,
  });
  expect(hazard.status, JSON.stringify(hazard.body)).toBe(201);
  hazardId = hazard.body.id;
  expect((await call(page, 'GET', `/api/gas/hazards/${hazardId}`)).body.photos).toEqual([]);

  await page.goto(`${app.baseUrl}/#view=gas&venue=${venueId}`);
  await page.reload();
  await page.click(`[data-testid=gas-venue-hazards] button:text-is("#${hazardId}")`);
  await page.waitForSelector('[data-testid=gas-photo-capture]');
  // A hazard not yet rectified: the photo documents the rectification.
  expect(await page.inputValue('[data-testid=gas-photo-stage]')).toBe('rectification');
  await page.setInputFiles('[data-testid=gas-photo-input]', photo);
  await page.waitForSelector('[data-testid=gas-photo-sent]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid=gas-hazard-photos] li');
  const photos = (await call(page, 'GET', `/api/gas/hazards/${hazardId}`)).body.photos as { stage: string }[];
  expect(photos.map((p) => p.stage)).toEqual(['rectification']);
  await context.close();
}, 240_000);

test('official: visits without location proof are listed and on the map; the look-back table renders', async () => {
  expect(venueId, 'the inspector test ran first').toBeGreaterThan(0);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'official', '[data-testid=gas-home]');
  await page.click('[data-testid=gas-tab-review]');
  await page.waitForSelector('[data-testid=gas-unverified-row]', { timeout: 60_000 });
  const row = page.locator('[data-testid=gas-unverified-row]', { hasText: venueName });
  await row.waitFor();
  expect(await row.textContent()).toContain('未上传定位');
  // Its dot is on the map.
  await expect
    .poll(() => page.evaluate(async (name) => {
      const source = window.__map!.getSource('gas-unverified') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> } | undefined;
      return !!window.__map!.getLayer('gas-unverified-point') && !!(await source?.getData())?.features.some((f) => f.properties?.venueName === name);
    }, venueName), { timeout: 30_000 })
    .toBe(true);
  // A row flies the map to the visit.
  await row.click();
  await page.waitForFunction(({ lon, lat }) => { const c = window.__map!.getCenter(); return Math.abs(c.lng - lon) < 0.01 && Math.abs(c.lat - lat) < 0.01; }, minhe, { timeout: 30_000 });
  // The district filter: 民和县 keeps the visit, 乐都区 does not.
  await page.selectOption('[data-testid=gas-unverified-district]', '630202');
  await page.waitForFunction((name) => ![...document.querySelectorAll('[data-testid=gas-unverified-row]')].some((r) => r.textContent?.includes(name)), venueName);
  await page.selectOption('[data-testid=gas-unverified-district]', '630222');
  await row.waitFor();

  // 回头看: a row for group 3 in 民和县 that counts the round-1 hazard recorded above as still open.
  await page.waitForSelector('[data-testid=gas-lookback-row]', { timeout: 60_000 });
  const headers = await page.locator('[data-testid=gas-lookback-table] th').allTextContents();
  expect(headers).toEqual(['组', '片区', '已整改并复核', '仍在整改', '再次发现', '逾期未改']);
  const api = (await call(page, 'GET', '/api/gas/look-back')).body;
  const r3 = api.rows.find((r: any) => r.groupNo === 3 && r.districtCode === '630222');
  expect(r3.still_open).toBeGreaterThan(0);
  const cells = await page.locator('[data-testid=gas-lookback-row]', { hasText: '第3组' }).first().locator('td').allTextContents();
  expect(cells.slice(2).map(Number)).toEqual([r3.rectified_verified, r3.still_open, r3.refound, r3.overdue]);
  await page.screenshot({ path: 'tests/artifacts/field-review-official.png' });

  // The city's work queue narrowed by district and kind: the list is the API's answer to the same filter.
  await page.click('[data-testid=gas-tab-tasks]');
  await page.waitForSelector('[data-testid=gas-queue-filters]');
  await page.selectOption('[data-testid=gas-queue-district]', '630222');
  await page.selectOption('[data-testid=gas-queue-kind]', 'safety_check');
  const queue = (await call(page, 'GET', '/api/gas/work-queue?district=630222&kind=safety_check&days=7&limit=100&offset=0')).body;
  expect(queue.items.length).toBeGreaterThan(0);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=gas-task]').length === n && [...document.querySelectorAll('[data-testid=gas-task]')].every((t) => t.textContent?.startsWith('入户安检')), queue.items.length, { timeout: 30_000 });
  expect(await page.locator('[data-testid=gas-task]').first().textContent()).toContain(queue.items[0].venueName);
  expect(errors).toEqual([]);
  await context.close();
}, 240_000);

test('phone (390×844): the review tab keeps touch-sized controls and no sideways scroll', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'official', '[data-testid=gas-home]');
  await page.click('[data-testid=gas-tab-review]');
  await page.waitForSelector('[data-testid=gas-unverified-row]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid=gas-lookback-row]', { timeout: 60_000 });
  const m = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth,
    small: [...document.querySelectorAll('[data-testid=gas-unverified] button, [data-testid=gas-unverified] select, [data-testid=gas-lookback] button, [data-testid=gas-lookback] select')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.height > 0 && r.height < 43.5).length,
  }));
  expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
  expect(m.small).toBe(0);
  await page.screenshot({ path: 'tests/artifacts/field-review-phone.png' });
  await context.close();
}, 240_000);
