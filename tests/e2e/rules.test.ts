// Issue 13 pages in the browser: the rule sets side by side, and the duty calendar with its
// reminder and an audited "mark done".
import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

let app: TestApp;
let browser: Browser;

useWebBrowser((s) => ({ app, browser } = s));

test('an education officer compares the five rule sets and marks a duty of the calendar done', async () => {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginInBrowser(page, app.baseUrl, 'education');
  await page.waitForSelector('[data-testid=edu-tab-rules]', { timeout: 60_000 });

  await page.click('[data-testid=edu-tab-rules]');
  await page.waitForSelector('[data-testid=edu-rule-sets] table');
  const heads = await page.locator('[data-testid=edu-rule-sets] thead th small').allTextContents();
  expect(heads).toEqual(['haidong-2023-101', 'shapotou-2023-4', 'baiyin-2020-28', 'qiaocheng-2024-5', 'lincang-2020-14']);
  const text = await page.textContent('[data-testid=edu-rule-sets]');
  expect(text).toContain('第十二条(八)'); // 海东 5-day notice period, stated
  expect(text).toContain('白政办发〔2020〕28号'); // 白银 present
  await page.screenshot({ path: 'tests/artifacts/education-rule-sets.png' });

  await page.click('[data-testid=edu-tab-duties]');
  await page.waitForSelector('[data-testid=edu-duties] tbody tr');
  const rows = page.locator('[data-testid=edu-duties] tbody tr');
  const before = await rows.count();
  expect(before).toBeGreaterThanOrEqual(10); // 海东 101号: 12 dated duties a year
  const first = rows.filter({ has: page.locator('button') }).first();
  const due = await first.locator('td').first().textContent();
  await first.locator('button').click();
  await page.waitForFunction((d) => [...document.querySelectorAll('[data-testid=edu-duties] tbody tr')].some((tr) => tr.querySelector('td')?.textContent === d && /已完成|Done/.test(tr.textContent ?? '')), due);
  expect(errors).toEqual([]);
  await page.close();
});
