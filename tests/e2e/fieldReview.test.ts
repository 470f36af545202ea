import { groupLabel } from '../../api/domain/gas/inspectionGroups';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';
import { roundRule } from '../../api/domain/gas/campaigns';

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
/** The hazard recorded through the phone's form on a day outside every round. */
let outsideHazardId = 0;

useWebBrowser((s) => ({ app, browser } = s));

async function login(page: Page, username: string, ready: string, hash = '') {
  await loginInBrowser(page, app.baseUrl, username, hash);
  await page.waitForSelector(ready, { timeout: 60_000 });
  await page.waitForFunction(() => window.__map?.loaded() && window.__map.isStyleLoaded(), null, { timeout: 60_000 });
}

/** The day before the earliest round of every campaign: outside every round, not in the future. */
async function outsideDay(page: Page): Promise<string> {
  const campaigns = (await call(page, 'GET', '/api/gas/campaigns')).body as { rounds: { startsOn: string; endsOn: string }[] }[];
  const rounds = campaigns.flatMap((c) => c.rounds);
  const first = rounds.map((r) => r.startsOn).sort()[0]!;
  const day = new Date(Date.parse(first) - 86_400_000).toISOString().slice(0, 10);
  expect(rounds.some((r) => r.startsOn <= day && day <= r.endsOn)).toBe(false);
  return day;
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

test('inspector (phone): the forms state the round rule; a visit and a hazard dated outside every round are kept as 轮次外', async () => {
  expect(venueId, 'the first test ran').toBeGreaterThan(0);
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Opened on the venue's page (the link carries it), so that page, not the gas home, is the ready mark.
  await login(page, 'inspector3', '[data-testid=gas-venue-facts]', `#view=gas&venue=${venueId}`);
  await page.click('[data-testid=sheet-full]');
  const day = await outsideDay(page);
  const roundStart = (await call(page, 'GET', '/api/gas/coverage')).body.rounds[0].startsOn as string;

  // The visit form: a round day counts in its round; a day outside every round says so, with the rule.
  await page.fill('[data-testid=gas-visit-date]', roundStart);
  await page.waitForSelector('[data-testid=gas-visit-round-round]');
  await page.fill('[data-testid=gas-visit-date]', day);
  await page.waitForSelector('[data-testid=gas-visit-round-outside]');
  expect(await page.textContent('[data-testid=gas-visit-round-outside]')).toContain('该日期不在任何督查轮次内：将记为「轮次外」');
  expect(await page.textContent('[data-testid=gas-visit-round]')).toContain(roundRule.zh);
  await page.fill('[data-testid=gas-visit-inspectors]', '马某某');
  await page.click('[data-testid=gas-visit-submit]');
  await page.waitForSelector('.gas-ok:has-text("轮次外")');

  // The hazard form has its own date, with the same note.
  await page.fill('[data-testid=gas-f-found]', day);
  await page.waitForSelector('[data-testid=gas-hazard-round-outside]');
  expect(await page.textContent('[data-testid=gas-hazard-round]')).toContain(roundRule.zh);
  await page.fill('[data-testid=gas-f-description]', '轮次外发现：灶具无熄火保护');
  await page.fill('[data-testid=gas-f-unit]', venueName);
  await page.fill('[data-testid=gas-f-person]', '马某某');
  await page.fill('[data-testid=gas-f-measures]', '更换带熄火保护的灶具');
  await page.click('[data-testid=gas-hazard-submit]');
  const ok = await page.waitForSelector('.gas-ok:has-text("已登记隐患")');
  outsideHazardId = Number((await ok.textContent())!.match(/#(\d+)/)![1]);
  const stored = (await call(page, 'GET', `/api/gas/hazards/${outsideHazardId}`)).body;
  expect([stored.foundAt, stored.outsideRound, stored.campaignId]).toEqual([day, true, null]);
  expect(errors).toEqual([]);
  await context.close();
}, 240_000);

test('official: a hazard outside a round is marked in the list, the map popup and its page; hazards without location proof are reviewed', async () => {
  expect(outsideHazardId, 'the outside-a-round test ran first').toBeGreaterThan(0);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'official', '[data-testid=gas-home]');
  // The list: "轮次外" narrows to records outside every round; newest first, ours is on top, marked.
  await page.selectOption('[data-testid=gas-filter-round]', 'outside');
  const hash = () => page.evaluate(() => decodeURIComponent(location.hash));
  await page.click('[data-testid=gas-hazard-list-sort-id]');
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('sort=id'));
  if (!(await hash()).includes('dir=desc')) await page.click('[data-testid=gas-hazard-list-sort-id]');
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('dir=desc'));
  expect(await hash()).toContain('round=outside');
  const row = page.locator(`[data-testid=gas-hazard-list-row][data-id="${outsideHazardId}"]`);
  await row.waitFor({ timeout: 30_000 });
  expect(await row.textContent()).toContain('轮次外');

  // The map: its dot, clicked, opens a popup that marks it, and its page.
  const stored = (await call(page, 'GET', `/api/gas/hazards/${outsideHazardId}`)).body as { lon: number; lat: number };
  await page.evaluate(({ lon, lat }) => window.__map!.jumpTo({ center: [lon, lat], zoom: 19 }), stored);
  await expect
    .poll(() => page.evaluate(async (id) => {
      const source = window.__map!.getSource('gas-hazards') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
      const map = window.__map!;
      return !map.isMoving() && map.loaded() && !!(await source.getData()).features.some((f) => f.properties?.id === id && f.properties?.outsideRound === true);
    }, outsideHazardId), { timeout: 30_000 })
    .toBe(true);
  await page.waitForFunction(() => window.__map!.queryRenderedFeatures({ layers: ['gas-hazard-point'] }).length > 0, null, { timeout: 30_000 });
  const at = await page.evaluate(({ lon, lat }) => {
    const p = window.__map!.project([lon, lat]);
    const r = window.__map!.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, stored);
  await page.mouse.click(at.x, at.y);
  const popup = page.locator('[data-testid=gas-hazard-popup]');
  await popup.waitFor({ timeout: 30_000 });
  expect(await popup.textContent()).toContain(`#${outsideHazardId}`);
  expect(await popup.locator('[data-testid=gas-hazard-popup-outside]').textContent()).toBe('轮次外');
  await page.waitForSelector('[data-testid=gas-hazard-round]');
  expect(await page.textContent('[data-testid=gas-hazard-round]')).toBe('轮次外');
  // Recorded from a phone that gave no position: the page says so, and the review lists it.
  expect(await page.textContent('[data-testid=gas-hazard-onsite]')).toContain('未上传定位');
  // The map click may also have opened the venue under the hazard (same place): start the review
  // from the view's home in the same session, whatever panel is open.
  await page.goto(`${app.baseUrl}/#view=gas`);
  await page.reload();
  await page.waitForSelector('[data-testid=gas-home]', { timeout: 60_000 });
  await page.click('[data-testid=gas-tab-review]');
  await page.selectOption('[data-testid=gas-unverified-hazards-district]', '630222');
  const review = page.locator('[data-testid=gas-unverified-hazards-row]', { hasText: `#${outsideHazardId}` });
  await review.waitFor({ timeout: 60_000 });
  expect(await review.textContent()).toContain('未上传定位');
  expect(await review.textContent()).toContain('轮次外');
  await expect
    .poll(() => page.evaluate(async (id) => {
      const source = window.__map!.getSource('gas-unverified-hazards') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> } | undefined;
      return !!window.__map!.getLayer('gas-unverified-hazards-point') && !!(await source?.getData())?.features.some((f) => f.properties?.id === id);
    }, outsideHazardId), { timeout: 30_000 })
    .toBe(true);

  // The coverage board: each group's inspection days as the API counts them, "不足一周" where below
  // the setting, and the records outside a round per district.
  const before = (await call(page, 'GET', '/api/gas/coverage')).body;
  await page.click('[data-testid=gas-tab-coverage]');
  await page.waitForSelector('[data-testid=gas-coverage-row]', { timeout: 60_000 });
  const shown = await page.$$eval('[data-testid=gas-coverage-row]', (rows) => rows.map((r) => ({
    key: `${r.getAttribute('data-group')}|${r.getAttribute('data-round')}|${r.getAttribute('data-district')}`,
    days: r.querySelector('[data-testid=gas-coverage-days]')?.textContent ?? '',
    below: !!r.querySelector('[data-testid=gas-coverage-below]'),
  })));
  const rows = before.rows as { groupNo: number; roundNo: number; district: string; inspectionDays: number; belowMinDays: boolean; roundEnded: boolean }[];
  expect(shown.map((x) => x.key)).toEqual(rows.map((r) => `${r.groupNo}|${r.roundNo}|${r.district}`));
  rows.forEach((r, i) => {
    expect(shown[i]!.days).toContain(`督查 ${r.inspectionDays} 天`);
    expect(shown[i]!.below).toBe(r.belowMinDays);
  });
  const belowRow = rows.findIndex((r) => r.belowMinDays);
  expect(belowRow, 'the demo data has a group below 7 days').toBeGreaterThanOrEqual(0);
  expect(shown[belowRow]!.days).toContain('不足一周（少于 7 天');
  expect(await page.textContent('[data-testid=gas-coverage-days-rule]')).toContain('每次督查时间不少于一周');
  const outside = before.outsideRound.find((o: { district: string }) => o.district === '630222');
  expect(outside.visits).toBeGreaterThan(0);
  expect(outside.hazards).toBeGreaterThan(0);
  expect(await page.textContent('[data-testid=gas-coverage-outside-row][data-district="630222"]')).toContain(`走访 ${outside.visits} 次、隐患 ${outside.hazards} 条`);
  expect(await page.textContent('[data-testid=gas-coverage-outside]')).toContain(before.roundRule.zh);
  expect(errors).toEqual([]);
  await context.close();
}, 300_000);

test('phone offline: a photo taken on the hazard page waits on the device and is sent exactly once', async () => {
  expect(venueId, 'the first test ran').toBeGreaterThan(0);
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'inspector3', '[data-testid=gas-home]');
  const created = await call(page, 'POST', '/api/gas/hazards', {
    venueId, category: 'hose_too_long', description: '离线拍照测试：软管老化', severity: 'general', responsibleUnit: venueName, responsiblePerson: '马某某', measures: '更换软管', deadline: '2099-12-31',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as number;
  const photosOf = async () => ((await (await app.login('official')).get(`/api/gas/hazards/${id}`)).body.photos as unknown[]).length;

  // Online once: the service worker takes the page, and the venue and hazard pages are cached.
  await page.goto(`${app.baseUrl}/#view=gas&venue=${venueId}`);
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 60_000 });
  await page.reload();
  await page.waitForSelector('[data-testid=gas-venue-facts]', { timeout: 60_000 });
  await page.click(`[data-testid=gas-venue-hazards] button:text-is("#${id}")`);
  await page.waitForSelector('[data-testid=gas-photo-capture]');
  await page.click('[data-testid=gas-hazard-panel] button:has-text("返回")');
  await page.waitForSelector('[data-testid=gas-venue-facts]');

  // No connection: the hazard page opens from the device, the photo waits in the queue.
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid=gas-venue-facts]', { timeout: 60_000 });
  await page.click(`[data-testid=gas-venue-hazards] button:text-is("#${id}")`);
  await page.waitForSelector('[data-testid=gas-photo-capture]', { timeout: 60_000 });
  expect(await page.textContent('[data-testid=gas-hazard-panel]')).toContain('暂无照片');
  await page.setInputFiles('[data-testid=gas-photo-input]', photo);
  await page.waitForSelector('[data-testid=gas-photo-sent]:has-text("保存在本机")', { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid=outbox-badge]')?.textContent?.includes('1 条待发送'));
  expect(await photosOf()).toBe(0);

  // Back online: sent once, and the page shows it without a reload.
  await context.setOffline(false);
  await page.waitForSelector('[data-testid=outbox-badge]', { state: 'detached', timeout: 60_000 });
  await page.waitForSelector('[data-testid=gas-hazard-photos] li', { timeout: 60_000 });
  expect(await page.locator('[data-testid=gas-hazard-photos] li').count()).toBe(1);
  expect(await photosOf()).toBe(1);
  // Another online event (the periodic retry) sends nothing again.
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.waitForTimeout(1500);
  expect(await photosOf()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
}, 300_000);

test('official: visits without location proof are listed and on the map; the look-back table renders', async () => {
  expect(venueId, 'the inspector test ran first').toBeGreaterThan(0);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'official', '[data-testid=gas-home]');
  await page.click('[data-testid=gas-tab-review]');
  await page.waitForSelector('[data-testid=gas-unverified-row]', { timeout: 60_000 });
  // The venue has more than one visit without a position (the phone test's and this one): any row will do.
  const row = page.locator('[data-testid=gas-unverified-row]', { hasText: venueName }).first();
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
  // Groups are shown by name (groupLabel): group 3 is 民和县's area group.
  const cells = await page.locator('[data-testid=gas-lookback-row]', { hasText: groupLabel(3).zh }).first().locator('td').allTextContents();
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
