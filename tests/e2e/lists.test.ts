import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

// Issue 11 in the browser: the filter drives the list, a row click flies the map to the hazard,
// the filter survives in the URL; the search box finds a parcel by code and flies there; an
// inspector's search never finds another district's venue.
let app: TestApp;
let browser: Browser;

useWebBrowser((s) => ({ app, browser } = s));

async function open(username: string, home: string, hash = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await loginInBrowser(page, app.baseUrl, username, hash);
  await page.waitForSelector(`[data-testid=${home}]`, { timeout: 60_000 });
  await page.waitForFunction(() => window.__map?.loaded() && window.__map.isStyleLoaded(), null, { timeout: 60_000 });
  return page;
}

const near = (a: { lng: number; lat: number }, lon: number, lat: number) => Math.abs(a.lng - lon) < 1e-3 && Math.abs(a.lat - lat) < 1e-3;

test('official: filter → list → row click flies to the hazard and marks it; the filter is in the URL', async () => {
  const page = await open('official', 'gas-home');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.selectOption('[data-testid=gas-filter-severity]', 'major');
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid=gas-hazard-list-row]')];
    return rows.length > 1 && rows.every((r) => r.textContent?.includes('重大隐患'));
  }, null, { timeout: 30_000 });
  expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain('severity=major');
  const total = Number((await page.textContent('[data-testid=gas-hazard-list-total]'))!.match(/\d+/)![0]);
  // The list counts what the map's filter counts (the current campaign, major).
  await page.waitForFunction((n) => document.querySelector('[data-testid=gas-hazard-total]')?.textContent?.includes(` ${n} `), total, { timeout: 30_000 });

  const row = page.locator('[data-testid=gas-hazard-list-row]').nth(1);
  const id = Number(await row.getAttribute('data-id'));
  const hazard = await page.evaluate(async (hid) => (await (await fetch(`/api/gas/hazards/${hid}`)).json()) as { lon: number; lat: number }, id);
  await row.click();
  await page.waitForFunction(([lon, lat]) => {
    const c = window.__map!.getCenter();
    return !window.__map!.isMoving() && Math.abs(c.lng - lon!) < 1e-3 && Math.abs(c.lat - lat!) < 1e-3 && window.__map!.getZoom() >= 15;
  }, [hazard.lon, hazard.lat], { timeout: 30_000 });
  expect(near(await page.evaluate(() => window.__map!.getCenter()), hazard.lon, hazard.lat)).toBe(true);
  expect(await row.getAttribute('aria-selected')).toBe('true');
  const marked = await page.evaluate(async () => ((await (window.__map!.getSource('chosen-place') as any).getData()) as { features: { geometry: { coordinates: number[] } }[] }).features);
  expect(marked).toHaveLength(1);
  expect(marked[0]!.geometry.coordinates[0]).toBeCloseTo(hazard.lon, 5);

  // A reload of the URL keeps the filter.
  await page.reload();
  await page.waitForSelector('[data-testid=gas-home]', { timeout: 60_000 });
  expect(await page.inputValue('[data-testid=gas-filter-severity]')).toBe('major');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('official: the hazard list offers GeoJSON / GeoPackage / Shapefile of the filtered set; the GeoPackage downloads', async () => {
  const page = await open('official', 'gas-home');
  await page.selectOption('[data-testid=gas-filter-severity]', 'major');
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid=gas-hazard-list-row]')];
    return rows.length > 0 && rows.every((r) => r.textContent?.includes('重大隐患'));
  }, null, { timeout: 30_000 });
  for (const [format, label] of [['geojson', 'GeoJSON'], ['gpkg', 'GeoPackage'], ['shp', 'Shapefile（ZIP）']] as const) {
    const link = page.locator(`[data-testid=gas-hazard-list-export-${format}]`);
    expect(await link.textContent()).toBe(label);
    const href = new URL((await link.getAttribute('href'))!, app.baseUrl);
    expect(href.pathname).toBe('/api/gas/hazards/table/export');
    expect(href.searchParams.get('format')).toBe(format);
    expect(href.searchParams.get('severity')).toBe('major');
  }
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid=gas-hazard-list-export-gpkg]')]);
  const file = join(mkdtempSync(join(tmpdir(), 'gpkg-')), 'hazards.gpkg');
  await download.saveAs(file);
  const bytes = readFileSync(file);
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3');
  await page.context().close();
});

test('planner: the search box finds a parcel by its code and flies to it', async () => {
  const page = await open('planner', 'ug-home');
  const parcel = await page.evaluate(async () => (await (await fetch('/api/underground/parcels?limit=1')).json()).features[0] as { properties: { id: number; code: string } });
  await page.fill('[data-testid=search-input]', parcel.properties.code);
  const result = page.locator(`[data-testid=search-result-parcel][data-id="${parcel.properties.id}"]`);
  await result.waitFor({ timeout: 30_000 });
  expect(await result.textContent()).toContain(parcel.properties.code);
  const hit = await page.evaluate(async (code) => (await (await fetch(`/api/search?q=${encodeURIComponent(code)}`)).json()).results.find((r: { kind: string }) => r.kind === 'parcel') as { place: { bbox: number[] } }, parcel.properties.code);
  await result.click();
  await page.waitForFunction(([w, s, e, n]) => {
    const c = window.__map!.getCenter();
    return !window.__map!.isMoving() && c.lng >= w! && c.lng <= e! && c.lat >= s! && c.lat <= n! && window.__map!.getZoom() > 13;
  }, hit.place.bbox, { timeout: 30_000 });
  await page.context().close();
});

test("inspector3: the search box does not find a 乐都 venue, and finds the own district's", async () => {
  const page = await open('inspector3', 'gas-home');
  const venues = await page.evaluate(async () => (await (await fetch('/api/gas/venues?limit=1')).json()).features as { properties: { id: number; name: string } }[]);
  const name = `浏览器搜索测试${Date.now()}`;
  const official = await app.login('official');
  const ledu = (await official.get('/api/gas/venues?district=630202&limit=1')).body.features[0].geometry.coordinates;
  expect((await official.post('/api/gas/venues', { name, venueType: 'restaurant', pipelineUserKind: 'non_residential', location: { lon: ledu[0], lat: ledu[1] } })).status).toBe(201);
  await page.fill('[data-testid=search-input]', name);
  await page.waitForSelector('[data-testid=search-empty]', { timeout: 30_000 });
  expect(await page.locator('[data-testid=search-result-venue]').count()).toBe(0);
  // A 民和 venue of a unique name (a point inside 民和县, outside the park) is found.
  const ownName = `浏览器搜索民和${Date.now()}`;
  const own = await official.post('/api/gas/venues', { name: ownName, venueType: 'restaurant', pipelineUserKind: 'non_residential', location: { lon: 102.7739, lat: 36.1294 } });
  expect(own.status).toBe(201);
  await page.fill('[data-testid=search-input]', ownName);
  await page.locator(`[data-testid=search-result-venue][data-id="${own.body.id}"]`).waitFor({ timeout: 30_000 });
  await page.context().close();
});

test('打印/导出地图: the A4 PDF renders (pdftoppm) with a legend beside the map', async () => {
  const page = await open('official', 'gas-home');
  await page.waitForFunction(() => !!window.__map!.getSource('gas-hazards'), null, { timeout: 60_000 });
  await page.click('[data-testid=print-map] summary');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid=print-pdf-a4]')]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const pdf = join(dir, 'map.pdf');
  await download.saveAs(pdf);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  // 297 mm at 30 dpi ≈ 351 px wide; greyscale PGM is read directly.
  execFileSync('pdftoppm', ['-r', '30', '-gray', '-singlefile', pdf, join(dir, 'map')]);
  const { width, height, pixels } = readPgm(readFileSync(join(dir, 'map.pgm')));
  expect(width).toBeGreaterThan(300);
  expect(width).toBeGreaterThan(height);
  // The legend panel is the right-hand 420/1754 of the sheet below the title (printComposition.ts);
  // inside its frame, headings, swatches and labels darken a share of the pixels.
  const inked = (x0: number, x1: number, y0: number, y1: number) => {
    let dark = 0;
    let n = 0;
    for (let y = Math.round(y0 * height); y < Math.round(y1 * height); y++)
      for (let x = Math.round(x0 * width); x < Math.round(x1 * width); x++, n++) if (pixels[y * width + x]! < 200) dark++;
    return dark / n;
  };
  expect(inked(0.75, 0.97, 0.12, 0.6)).toBeGreaterThan(0.02);
  // The footer's synthetic mark and the title are drawn too.
  expect(inked(0.75, 0.97, 0.93, 0.99)).toBeGreaterThan(0.01);
  expect(inked(0.02, 0.3, 0.02, 0.1)).toBeGreaterThan(0.01);
  await page.context().close();
});

/** A binary greyscale PGM (P5, maxval 255) as pdftoppm -gray writes it. */
function readPgm(buf: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header: string[] = [];
  let i = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[i]!))) i++;
    let tok = '';
    while (!/\s/.test(String.fromCharCode(buf[i]!))) tok += String.fromCharCode(buf[i++]!);
    header.push(tok);
  }
  i++;
  const [magic, w, h] = header;
  if (magic !== 'P5') throw new Error(`not a binary PGM: ${magic}`);
  return { width: Number(w), height: Number(h), pixels: buf.subarray(i, i + Number(w) * Number(h)) };
}
