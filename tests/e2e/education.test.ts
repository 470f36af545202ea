import { afterAll, beforeAll, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, loginInBrowser } from '../helpers/browser';
import { getWebApp } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

let app: TestApp;
let browser: Browser;
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/education/${name}`, import.meta.url));

beforeAll(async () => {
  app = await getWebApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('an education officer imports a small register set, runs the cross-check and sees the dropout list', async () => {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginInBrowser(page, app.baseUrl, 'education');
  await page.waitForSelector('[data-testid=edu-tab-import]', { timeout: 60_000 });
  // Aggregate layers are on the map (catchments coloured by utilization).
  await page.waitForFunction(() => !!window.__map?.getLayer('edu-catchment-fill'), null, { timeout: 60_000 });

  await page.click('[data-testid=edu-tab-import]');
  await page.fill('[data-testid=edu-asof]', '2026-11-21');
  const upload = async (kind: string, file: string, mapping: Record<string, string> = {}) => {
    await page.selectOption('[data-testid=edu-kind]', kind);
    await page.setInputFiles('[data-testid=edu-file]', fixture(file));
    for (const [field, column] of Object.entries(mapping)) {
      await page.waitForSelector(`[data-testid=edu-map-${field}] option[value="${column}"]`, { state: 'attached' });
      await page.selectOption(`[data-testid=edu-map-${field}]`, column);
    }
    await page.click('[data-testid=edu-upload]');
    await page.waitForFunction((k) => /已导入|rows imported/.test(document.querySelector(`[data-testid=edu-report-${k}]`)?.textContent ?? ''), kind);
  };
  await upload('household', 'household.csv');
  expect(await page.textContent('[data-testid=edu-report-household]')).toContain('1 个身份证号问题');
  await upload('students', 'students.csv', { idNumber: '学籍号', countyCode: '学籍县区' });
  await upload('in_school', 'in_school.csv');
  await upload('poverty', 'poverty.csv');

  await page.click('[data-testid=edu-run]');
  await page.waitForSelector('[data-testid=edu-list-dropouts] tbody tr');
  const dropouts = await page.locator('[data-testid=edu-list-dropouts] tbody tr td.mono').allTextContents();
  // 3 enrolled children not in school; IDs masked to the last 4 characters.
  expect(dropouts).toEqual(['**************0824', '**************086X', '**************0909']);
  expect(await page.locator('[data-testid=edu-list-poverty] tbody tr').count()).toBe(1);
  expect(await page.locator('[data-testid=edu-list-out] tbody tr').count()).toBe(1);
  expect(await page.textContent('[data-testid=edu-run-result]')).not.toMatch(/\d{17}[\dX]/);
  await page.locator('[data-testid=edu-list-dropouts]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/artifacts/education-cross-check.png' });
  expect(errors).toEqual([]);
  await page.close();
});
