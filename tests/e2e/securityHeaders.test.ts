import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

let app: TestApp;
let browser: Browser;

useWebBrowser((s) => ({ app, browser } = s));

const paths = ['/', '/gas', '/some/client/route', '/api/health', '/api/docs', '/api/docs.js', '/api/no/such/route', '/api/auth/me'];

test('every response, the client pages included, carries the security headers', async () => {
  for (const path of paths) {
    const r = await app.anon.get(path);
    const h = (name: string) => r.headers.get(name) ?? '';
    const csp = h('content-security-policy');
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("script-src 'self';");
    expect(csp, path).toContain("worker-src 'self' blob:");
    expect(csp, path).toContain("child-src 'self' blob:");
    expect(csp, path).toContain("img-src 'self' data: blob:");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain('unsafe-inline');
    expect(h('x-content-type-options'), path).toBe('nosniff');
    expect(h('referrer-policy'), path).toBe('no-referrer');
    expect(h('permissions-policy'), path).toMatch(/^geolocation=\(self\), camera=\(self\), .*microphone=\(\)/);
    expect(h('x-frame-options'), path).toBe('DENY');
  }
});

test('the client shell has no inline script', async () => {
  const shell = (await app.anon.get('/')).text;
  expect(shell).toMatch(/<script[^>]+src=/);
  expect(shell).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('a state-changing request from a foreign Origin or cross-site → 403; same origin passes', async () => {
  const body = { username: 'planner', password: 'haidong-demo' };
  const foreign = await app.anon.post('/api/auth/login', body, { origin: 'https://evil.example' });
  expect(foreign.status).toBe(403);
  const nullOrigin = await app.anon.post('/api/auth/login', body, { origin: 'null' });
  expect(nullOrigin.status).toBe(403);
  const crossSite = await app.anon.post('/api/auth/login', body, { 'sec-fetch-site': 'cross-site' });
  expect(crossSite.status).toBe(403);
  const same = await app.anon.post('/api/auth/login', body, { origin: app.baseUrl, 'sec-fetch-site': 'same-origin' });
  expect(same.status).toBe(200);
  // Reads are not state-changing: a cross-site GET is answered as usual.
  expect((await app.anon.get('/api/health', { 'sec-fetch-site': 'cross-site' })).status).toBe(200);
});

const cspViolations = (page: import('playwright-core').Page) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  return violations;
};

test('under the CSP the map draws its counties (MapLibre workers from blob:) with no violation reported', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const violations = cspViolations(page);
  await loginInBrowser(page, app.baseUrl, 'planner');
  await page.waitForFunction(() => window.__map?.loaded() && window.__map.isStyleLoaded(), null, { timeout: 60_000 });
  await page.waitForFunction(() => window.__map!.queryRenderedFeatures({ layers: ['county-fill'] }).length > 0, null, { timeout: 30_000 });
  expect(violations).toEqual([]);
  await page.close();
});

test('the API docs page works under the CSP (script and style as files)', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const violations = cspViolations(page);
  const all: string[] = [];
  page.on('console', (m) => all.push(m.text()));
  page.on('pageerror', (e) => all.push(e.message));
  await page.goto(`${app.baseUrl}/api/docs`);
  await page.waitForFunction(() => document.querySelectorAll('details').length > 10, null, { timeout: 10_000 }).catch(async () => {
    throw new Error(all.join('\n') + (await page.content()).slice(0, 3000));
  });
  expect(violations).toEqual([]);
  await page.close();
});
