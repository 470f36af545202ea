import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (CHROMIUM_PATH, else `which chromium`); playwright cannot download browsers here. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium not found: apt-get install chromium, or set CHROMIUM_PATH');
  }
}

// playwright gives every launch a fresh temporary profile (the empty --user-data-dir FACTS.md asks for).
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-gl=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** Logs a demo account in through the login form (password haidong-demo). */
export async function loginInBrowser(page: import('playwright-core').Page, baseUrl: string, username: string, hash = ''): Promise<void> {
  await page.goto(baseUrl + hash);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', 'haidong-demo');
  await page.click('button[type=submit]');
}
