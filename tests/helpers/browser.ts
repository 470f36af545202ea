import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/**
 * Clicks the feature `id` of `layer` where a person would: at `lngLat`, zoomed in to `zoom`, once
 * the map has stopped moving, has loaded and draws that feature at that pixel (another feature
 * drawn over a random test point, or tiles still arriving, made single clicks miss).
 */
export async function clickMapFeature(page: Page, layer: string, lngLat: [number, number], id: number, zoom = 19): Promise<void> {
  await page.evaluate(({ c, z }) => window.__map!.jumpTo({ center: c, zoom: z }), { c: lngLat, z: zoom });
  await page.waitForFunction(
    ({ c, l, i }) => {
      const map = window.__map!;
      if (map.isMoving() || !map.loaded()) return false;
      const p = map.project(c);
      return map.queryRenderedFeatures([p.x, p.y], { layers: [l] }).some((f) => f.properties.id === i);
    },
    { c: lngLat, l: layer, i: id },
    { timeout: 30_000 },
  );
  const at = await page.evaluate((c) => {
    const p = window.__map!.project(c);
    const r = window.__map!.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
  await page.mouse.click(at.x, at.y);
}
