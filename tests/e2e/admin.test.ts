import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

let app: TestApp;
let browser: Browser;

useWebBrowser((s) => ({ app, browser } = s));

test('an administrator creates a user on the Administration page and reads the audit log', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginInBrowser(page, app.baseUrl, 'admin');
  await page.click('[data-testid="menu-admin"]');
  await page.waitForSelector('[data-testid="admin-users"]');
  const username = `ui-${Date.now().toString(36)}`;
  const form = page.locator('[data-testid="admin-create"]');
  await form.locator('input').nth(0).fill(username);
  await form.locator('input').nth(1).fill('界面新建');
  await form.locator('input[type=password]').fill('Created-In-The-Page-1');
  await form.locator('button[type=submit]').click();
  await page.waitForSelector(`[data-testid="user-${username}"]`);
  await page.click('text=审计日志');
  await page.waitForSelector('[data-testid="audit-panel"] table');
  expect(await page.locator('[data-testid="audit-panel"] tbody tr').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.close();
});
