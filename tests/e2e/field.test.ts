import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

// Issue 10: the phone layout, the installable offline app and its write queue, in Debian's chromium.
// The app under test is the production build (the service worker exists only there).

const photo = fileURLToPath(new URL('../fixtures/gas/site-photo-3000x2000.jpg', import.meta.url));
// Inside 民和县 outside the park (tests/api/gas/venues.test.ts checks it against the boundaries).
const minhe = { lon: 102.7739, lat: 36.1294 };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

let app: TestApp;
let browser: Browser;

useWebBrowser((s) => ({ app, browser } = s));

async function login(page: Page, username: string, ready: string, hash = '') {
  await loginInBrowser(page, app.baseUrl, username, hash);
  await page.waitForSelector(ready, { timeout: 60_000 });
  await page.waitForFunction(() => window.__map?.loaded() && window.__map.isStyleLoaded(), null, { timeout: 60_000 });
}

/** Map width, page overflow, and the visible controls of the shell and side panel lower than 44 px. */
function measure(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('[data-testid=map]')?.getBoundingClientRect();
    const small = [...document.querySelectorAll('.topbar button, .topbar select, .side-panel button, .side-panel select, .side-panel input:not([type=checkbox]):not([type=radio]):not([type=file]), .login-card button, .login-card input')]
      .filter((el) => (el as HTMLElement).offsetParent !== null && !(el as HTMLElement).closest('.sheet-handle'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height > 0 && r.height < 43.5)
      .map(({ el, r }) => `${el.tagName} ${el.textContent?.slice(0, 20)} ${r.height}`);
    return { mapWidth: map?.width ?? 0, scrollWidth: document.scrollingElement!.scrollWidth, innerWidth, small };
  });
}

/**
 * Every form control of the side and layer panels lies inside its panel horizontally, or inside
 * a box of the panel that scrolls sideways by itself (a wide table's columns).
 */
function clipped(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const inScroller = (el: Element, panel: Element) => {
      for (let e = el.parentElement; e && e !== panel; e = e.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) return true;
      return false;
    };
    for (const panel of document.querySelectorAll('.side-panel-body, .layer-panel')) {
      const p = panel.getBoundingClientRect();
      for (const el of panel.querySelectorAll('input, select, textarea, button')) {
        if (inScroller(el, panel)) continue;
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.left < p.left - 0.5 || r.right > p.right + 0.5)) out.push(`${el.tagName}[${el.getAttribute('data-testid')}] ${r.left}–${r.right} outside ${p.left}–${p.right}`);
      }
    }
    return out;
  });
}

async function newVenue(page: Page, name: string, at = minhe): Promise<number> {
  return page.evaluate(
    async ({ name, at }) => {
      const r = await fetch('/api/gas/venues', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, venueType: 'restaurant', pipelineUserKind: 'non_residential', address: '川垣大街8号', location: at }),
      });
      return (await r.json()).id as number;
    },
    { name, at },
  );
}

test('phone (390×844): every view keeps a ≥ 300 px map, no sideways scroll, touch-sized controls', async () => {
  const cases = [
    { user: 'inspector3', ready: '[data-testid=gas-home]' },
    { user: 'planner', ready: '[data-testid=ug-home]' },
    { user: 'education', ready: '[data-testid=side-panel] h2' },
    { user: 'official', ready: '[data-testid=gas-home]' },
  ];
  for (const c of cases) {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (c.user === 'inspector3') {
      // The login page itself.
      await page.goto(app.baseUrl);
      await page.waitForSelector('input[name=username]');
      const m = await measure(page);
      expect(m.scrollWidth, 'login').toBeLessThanOrEqual(m.innerWidth);
      expect(m.small, 'login').toEqual([]);
    }
    await login(page, c.user, c.ready);
    const m = await measure(page);
    expect(m.mapWidth, c.user).toBeGreaterThanOrEqual(300);
    expect(m.scrollWidth, c.user).toBeLessThanOrEqual(m.innerWidth);
    expect(m.small, c.user).toEqual([]);
    // The layer panel is a full-screen page with a way back; the sheet goes full screen and back.
    await page.click('[data-testid=layers-toggle]');
    expect((await page.locator('[data-testid=layer-panel]').boundingBox())!.width).toBe(390);
    await page.click('[data-testid=layers-close]');
    await page.click('[data-testid=sheet-full]');
    await page.waitForFunction(() => Math.abs(document.querySelector('[data-testid=side-panel]')!.getBoundingClientRect().top - document.querySelector('.workspace')!.getBoundingClientRect().top) < 1);
    const full = await measure(page);
    expect(full.scrollWidth, `${c.user} full sheet`).toBeLessThanOrEqual(full.innerWidth);
    await page.screenshot({ path: `tests/artifacts/field-phone-${c.user}.png` });
    expect(errors, c.user).toEqual([]);
    await context.close();
  }
}, 300_000);

test('desktop 1440×900: panel fields are not clipped, in Chinese and in English', async () => {
  for (const lang of ['zh', 'en']) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript((l) => localStorage.setItem('lang', l), lang);
    const page = await context.newPage();
    await login(page, 'official', '[data-testid=gas-home]');
    expect(await clipped(page), `${lang} gas filters`).toEqual([]);
    const venue = await newVenue(page, `桌面测试餐馆-${lang}-${Date.now()}`);
    await page.goto(`${app.baseUrl}/#view=gas&venue=${venue}`);
    await page.reload();
    await page.waitForSelector('[data-testid=gas-hazard-form]', { timeout: 60_000 });
    await page.selectOption('[data-testid=gas-f-severity]', 'major');
    expect(await clipped(page), `${lang} venue forms`).toEqual([]);
    await page.screenshot({ path: `tests/artifacts/field-desktop-${lang}.png` });
    await context.close();
  }
}, 240_000);

/** The first day of the demo campaign's first round: a visit date inside a round, not in the future. */
async function roundDay(page: Page): Promise<string> {
  return page.evaluate(async () => ((await (await fetch('/api/gas/campaigns', { credentials: 'same-origin' })).json()) as { rounds: { startsOn: string }[] }[])[0]!.rounds[0]!.startsOn);
}

/** The venue's hazards as the server has them (asked from the test, not through the page's service worker). */
async function hazardsAt(venueId: number): Promise<{ id: number; status: string }[]> {
  const official = await app.login('official');
  const r = await official.get(`/api/gas/hazards?venueId=${venueId}&limit=100`);
  return (r.body as { features: { properties: { id: number; status: string } }[] }).features.map((f) => f.properties);
}

test('phone: an inspector locates, opens the nearest venue, records a visit and a hazard with a photo; offline the app opens, queues, and syncs once; a conflicting move is kept', async () => {
  const here = { lon: minhe.lon + Math.random() / 2000, lat: minhe.lat };
  const context: BrowserContext = await browser.newContext({ ...phone, geolocation: { longitude: here.lon, latitude: here.lat, accuracy: 12 }, permissions: ['geolocation'] });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'inspector3', '[data-testid=gas-home]');
  const name = `现场测试餐馆-${Date.now()}`;
  const venueId = await newVenue(page, name, here);

  // 我的任务: the work queue of the own district answers (overdue first), each task opening its venue.
  await page.click('[data-testid=gas-tab-tasks]');
  await page.waitForSelector('[data-testid=gas-work-queue] >> text=/隐患 \\d+ 条/');

  // Locate me → nearby list → the venue at the device's position comes first.
  await page.click('[data-testid=gas-tab-nearby]');
  await page.click('[data-testid=gas-nearby-locate]');
  await page.waitForFunction(() => !!window.__map!.getSource('device-position') && document.querySelector('[data-testid=locate-accuracy]')?.textContent === '±12 m');
  await page.waitForSelector('[data-testid=gas-nearby-item]');
  // Other tests may have left venues at this very spot, so ours is found by name among the nearest
  // (a few metres away: it stands where the device is, up to the stored precision), not as the first item.
  const mine = page.locator('[data-testid=gas-nearby-item]', { hasText: name });
  expect(await mine.count()).toBe(1);
  expect(Number(/· (\d+) m/.exec((await mine.textContent()) ?? '')?.[1])).toBeLessThanOrEqual(20);
  await mine.click();
  await page.waitForSelector('[data-testid=gas-venue-facts]');
  await page.click('[data-testid=sheet-full]');
  expect(await page.textContent('[data-testid=gas-venue-last-visit]')).toContain('尚无走访');

  // A visit on a round day (the date field defaults to today and refuses the future).
  const day = await roundDay(page);
  expect(await page.getAttribute('[data-testid=gas-visit-date]', 'max')).toBe(await page.inputValue('[data-testid=gas-visit-date]'));
  await page.fill('[data-testid=gas-visit-date]', day);
  await page.fill('[data-testid=gas-visit-inspectors]', '马某某、李某某');
  await page.click('[data-testid=gas-visit-submit]');
  await page.waitForSelector('.gas-ok:has-text("已登记走访")');
  await page.waitForFunction((d) => document.querySelector('[data-testid=gas-venue-last-visit]')?.textContent?.startsWith(d), day);

  // A hazard with a photo from the camera input: resized on the device to 2048 px on its long side.
  await page.fill('[data-testid=gas-f-description]', '后厨软管老化开裂（在线）');
  await page.fill('[data-testid=gas-f-unit]', '现场测试餐馆');
  await page.fill('[data-testid=gas-f-person]', '马某某');
  await page.fill('[data-testid=gas-f-measures]', '更换金属波纹管');
  await page.fill('[data-testid=gas-f-requirement]', '三日内完成更换并报送照片');
  await page.setInputFiles('[data-testid=gas-f-photo]', photo);
  await page.waitForSelector('[data-testid=gas-f-photos] img');
  const size = await page.$eval('[data-testid=gas-f-photos] img', async (img: HTMLImageElement) => {
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  });
  expect(size).toEqual([2048, 1365]);
  await page.click('[data-testid=gas-hazard-submit]');
  const ok = await page.waitForSelector('.gas-ok:has-text("已登记隐患")');
  const onlineId = Number((await ok.textContent())!.match(/#(\d+)/)![1]);
  expect((await hazardsAt(venueId)).map((h) => h.id)).toEqual([onlineId]);
  // The photo followed the hazard (a JPEG of 2048 × 1365), and the position went with it.
  await page.waitForFunction(() => !document.querySelector('[data-testid=outbox-badge]'));
  const stored = (await (await app.login('official')).get(`/api/gas/hazards/${onlineId}`)).body;
  expect(stored.photos).toHaveLength(1);
  expect(stored.photos[0].stage).toBe('finding');
  expect(stored.rectificationRequirement).toBe('三日内完成更换并报送照片');

  // The service worker controls the page; one online visit of the venue page fills its cache.
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 60_000 });
  await page.reload();
  await page.waitForSelector('[data-testid=gas-venue-facts]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__map?.loaded() && !!window.__map.getSource('counties'), null, { timeout: 60_000 });
  await page.click(`[data-testid=gas-venue-hazards] button:text-is("#${onlineId}")`);
  await page.waitForSelector('[data-testid=gas-move-rectifying]');
  await page.click('[data-testid=gas-hazard-panel] button:has-text("返回")');
  await page.waitForSelector('[data-testid=gas-venue-facts]');

  // No connection: a reload still shows the app, the user, the offline badge and the venue page.
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid=gas-venue-facts]', { timeout: 60_000 });
  expect(await page.textContent('[data-testid=whoami]')).toContain('inspector3');
  expect(await page.textContent('[data-testid=outbox-badge]')).toContain('离线');
  await page.waitForFunction(() => window.__map?.loaded() && (window.__map.querySourceFeatures('counties').length > 0), null, { timeout: 60_000 });

  // A hazard recorded offline waits on the device…
  await page.click('[data-testid=sheet-full]');
  await page.fill('[data-testid=gas-f-description]', '燃气报警器未安装（离线登记）');
  await page.fill('[data-testid=gas-f-unit]', '现场测试餐馆');
  await page.fill('[data-testid=gas-f-person]', '马某某');
  await page.fill('[data-testid=gas-f-measures]', '安装可燃气体报警器');
  await page.click('[data-testid=gas-hazard-submit]');
  await page.waitForSelector('.gas-ok:has-text("保存在本机")');
  await page.waitForFunction(() => document.querySelector('[data-testid=outbox-badge]')?.textContent?.includes('1 条待发送'));

  // …and a move of the online hazard too, while someone else moves it first (a conflict on replay).
  await page.click(`[data-testid=gas-venue-hazards] button:text-is("#${onlineId}")`);
  await page.waitForSelector('[data-testid=gas-hazard-panel]');
  await page.click('[data-testid=gas-move-rectifying]');
  await page.waitForSelector('[data-testid=gas-move-queued]');
  await page.waitForFunction(() => document.querySelector('[data-testid=outbox-badge]')?.textContent?.includes('2 条待发送'));
  const official = await app.login('official');
  expect((await official.post(`/api/gas/hazards/${onlineId}/transition`, { to: 'rectifying', note: '督办领导已转整改' })).status).toBe(200);

  // Back online: the queue replays in order; the hazard is recorded exactly once, the move is refused and kept.
  await context.setOffline(false);
  await page.waitForFunction(() => document.querySelector('[data-testid=outbox-badge]')?.textContent?.includes('1 条被退回'), null, { timeout: 60_000 });
  const after = await hazardsAt(venueId);
  expect(after).toHaveLength(2);
  const synced = after.find((h) => h.id !== onlineId)!;
  const detail = await (await app.login('official')).get(`/api/gas/hazards/${synced.id}`);
  expect(detail.body.description).toBe('燃气报警器未安装（离线登记）');
  expect(detail.body.status).toBe('found');
  // A second replay (another online event, the periodic retry) sends nothing again.
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.waitForTimeout(1500);
  expect(await hazardsAt(venueId)).toHaveLength(2);

  await page.click('[data-testid=outbox-badge]');
  const refused = page.locator('[data-testid=outbox-item][data-state=refused]');
  expect(await refused.count()).toBe(1);
  expect(await refused.textContent()).toContain(`#${onlineId}`);
  expect(await refused.locator('[data-testid=outbox-refusal]').textContent()).toMatch(/整改中|rectifying|不能|cannot/);
  await page.screenshot({ path: 'tests/artifacts/field-outbox-refused.png' });
  // Kept across a reload until the inspector discards it.
  await page.reload();
  await page.waitForSelector('[data-testid=outbox-badge]:has-text("1 条被退回")', { timeout: 60_000 });
  await page.click('[data-testid=outbox-badge]');
  await page.click('[data-testid=outbox-discard]');
  await page.waitForSelector('[data-testid=outbox-badge]', { state: 'detached' });
  expect(errors).toEqual([]);
  await context.close();
}, 400_000);
