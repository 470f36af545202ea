import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

// Issue 11, the time slider: moving the gas view's slider to an earlier round changes the hazard
// list (count or statuses) and the map's source, both matching GET /api/gas/hazards/table?asOf=…;
// "截至 YYYY-MM-DD" names the day and the day is kept in the URL.
let app: TestApp;
let browser: Browser;

useWebBrowser((s) => ({ app, browser } = s));

interface ListSnapshot { total: number; rows: [string, string][] }

test('official: an earlier round on the slider → the list and the map show that day, as the API does', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginInBrowser(page, app.baseUrl, 'official', '');
  await page.waitForSelector('[data-testid=gas-home]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid=gas-hazard-list-row]', { timeout: 60_000 });
  expect(await page.textContent('[data-testid=gas-as-of-label]')).toMatch(/截至 \d{4}-\d{2}-\d{2}（今天）/);
  // The view picks the current campaign once the campaigns arrive; the list follows it.
  await page.waitForFunction(() => (document.querySelector('[data-testid=gas-campaign]') as HTMLSelectElement | null)?.value, null, { timeout: 30_000 });
  const campaign = await page.inputValue('[data-testid=gas-campaign]');

  /** The API's first page for the view's query: every round and 轮次外 (no round chosen sends no campaign), default sort, 20 rows. */
  const api = (asOf: string) =>
    page.evaluate(async ([, d]) => {
      const r = await (await fetch(`/api/gas/hazards/table?offset=0&limit=20${d ? `&asOf=${d}` : ''}`, { headers: { "accept-language": "zh" } })).json();
      return { total: r.total as number, rows: r.rows.map((x: any) => [String(x.id), String(x.cells.status)]) as [string, string][] };
    }, [campaign, asOf] as const);
  /** Waits until the list on screen is the API's answer for `asOf`, and returns it. */
  const settled = async (asOf: string): Promise<ListSnapshot> => {
    const want = await api(asOf);
    const shown = () => page.evaluate(() => [document.querySelector('[data-testid=gas-hazard-list-total]')?.textContent, [...document.querySelectorAll('[data-testid=gas-hazard-list-row]')].slice(0, 3).map((r) => [r.getAttribute('data-id'), r.textContent])]);
    await page.waitForFunction((w) => {
      const total = document.querySelector('[data-testid=gas-hazard-list-total]')?.textContent ?? '';
      const rows = [...document.querySelectorAll('[data-testid=gas-hazard-list-row]')].map((r) => [r.getAttribute('data-id'), r.textContent]);
      return total.includes(`共 ${w.total} 条`) && rows.length === w.rows.length && rows.every(([id, text], i) => id === w.rows[i]![0] && text!.includes(w.rows[i]![1]));
    }, want, { timeout: 30_000 }).catch(async (e) => { throw new Error(`${e}\nwant ${JSON.stringify({ total: want.total, rows: want.rows.slice(0, 3) })}\nshown ${JSON.stringify(await shown())}`); });
    return want;
  };

  const now = await settled('');
  // Step back round by round until the state differs from today's (the demo has moves in every round).
  let earlier: ListSnapshot | undefined;
  let asOf = '';
  for (let step = 0; step < 10 && !earlier; step++) {
    if (await page.isDisabled('[data-testid=gas-as-of-prev]')) break;
    await page.click('[data-testid=gas-as-of-prev]');
    await page.waitForFunction((prev) => {
      const t = document.querySelector('[data-testid=gas-as-of-label]')?.textContent ?? '';
      return /截至 \d{4}-\d{2}-\d{2}$/.test(t) && !t.includes(prev || '（今天）');
    }, asOf, { timeout: 10_000 });
    asOf = (await page.textContent('[data-testid=gas-as-of-label]'))!.match(/\d{4}-\d{2}-\d{2}/)![0];
    const shown = await settled(asOf);
    if (shown.total !== now.total || JSON.stringify(shown.rows) !== JSON.stringify(now.rows)) earlier = shown;
  }
  expect(earlier, 'an earlier round shows another state').toBeDefined();
  expect(await page.inputValue('[data-testid=gas-as-of-date]')).toBe(asOf);
  expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain(`asOf=${asOf}`);
  // The count line says the day too.
  expect(await page.textContent('[data-testid=gas-hazard-total]')).toContain(`截至 ${asOf}，符合条件的隐患 ${earlier!.total} 条`);
  // The map's hazard source was asked for the same day, and its answer counts the list's hazards.
  await page.waitForFunction((d) => performance.getEntriesByType('resource').some((e) => e.name.includes('/api/gas/hazards/clusters') && e.name.includes(`asOf=${d}`)), asOf, { timeout: 30_000 });
  const url = await page.evaluate((d) => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/api/gas/hazards/clusters') && n.includes(`asOf=${d}`)).at(-1)!, asOf);
  const clusters = await page.evaluate(async (u) => (await (await fetch(u)).json()) as { total: number }, url);
  expect(clusters.total).toBe(earlier!.total);

  // A reload keeps the day; the last stop is today again.
  await page.reload();
  await page.waitForSelector('[data-testid=gas-home]', { timeout: 60_000 });
  expect(await page.textContent('[data-testid=gas-as-of-label]')).toBe(`截至 ${asOf}`);
  await settled(asOf);
  while (!(await page.isDisabled('[data-testid=gas-as-of-next]'))) await page.click('[data-testid=gas-as-of-next]');
  await settled('');
  expect(errors).toEqual([]);
  await context.close();
});
