import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureClientBuilt } from '../../api/clientBuild';
import { launchBrowser } from './browser';
import { getTestApp, type TestApp } from './testApp';

const root = fileURLToPath(new URL('../..', import.meta.url));
let web: Promise<TestApp> | undefined;

/**
 * The shared PGlite test app whose built web client (served at `/`) is up to date (for browser tests).
 * The client is built once, only when dist/ is older than web/.
 */
export function getWebApp(): Promise<TestApp> {
  web ??= (async () => {
    const app = await getTestApp('pglite');
    await ensureClientBuilt(root, () => {});
    return app;
  })();
  return web;
}

/**
 * A browser-test file's setup: the web app and one Chromium for the file, closed after it. The
 * file keeps its own `app`/`browser` variables and receives them through `set`.
 */
export function useWebBrowser(set: (suite: { app: TestApp; browser: Browser }) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const app = await getWebApp();
    browser = await launchBrowser();
    set({ app, browser });
  });
  afterAll(async () => {
    await browser?.close();
  });
}
