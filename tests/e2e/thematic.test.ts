import { describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';

// Issue 11, readable thematic maps: one thematic layer at a time per view (the layer panel's
// chooser), each with a titled legend (classes with units, the circle-size key, the heat ramp),
// coverage as a district choropleth, a first extent that fits the role's data, and no dataset
// fetched twice on a role's first view.
let app: TestApp;
let browser: Browser;

useWebBrowser((s) => ({ app, browser } = s));

/** Each view's thematic layers (the chooser's ids) and the map layers each one draws. */
const themes = {
  gas: { 'gas-hazards': ['gas-hazard-cluster', 'gas-hazard-count', 'gas-hazard-point'], 'gas-coverage': ['gas-coverage-fill'], 'gas-heat': ['gas-hazard-heat'] },
  education: {
    'edu-dropout': ['edu-dropout-fill'], 'edu-consolidation': ['edu-consolidation-fill'], 'edu-catchments': ['edu-catchment-fill', 'edu-catchment-line'],
    'edu-uncovered': ['edu-uncovered-fill'], 'edu-schools': ['edu-school-point'],
  },
  underground: { 'ug-fee': ['ug-parcel-fill'], 'ug-depth': ['ug-depth-fill'] },
} as const;

const viewports = [{ width: 1440, height: 900 }, { width: 390, height: 844 }] as const;

/** GET requests to the API from login on, counted per URL. */
function countRequests(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (r.method() !== 'GET' || !url.pathname.startsWith('/api/')) return;
    counts.set(url.pathname + url.search, (counts.get(url.pathname + url.search) ?? 0) + 1);
  });
  return counts;
}

/** Waits until no API request has started for `quietMs` (the first view has settled). */
async function settled(page: Page, counts: Map<string, number>, quietMs = 2500): Promise<void> {
  const total = () => [...counts.values()].reduce((a, b) => a + b, 0);
  const deadline = Date.now() + 60_000;
  let last = total();
  for (;;) {
    await page.waitForTimeout(quietMs);
    const now = total();
    if (now === last || Date.now() > deadline) return;
    last = now;
  }
}

async function open(username: string, home: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const counts = countRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginInBrowser(page, app.baseUrl, username);
  await page.waitForSelector(`[data-testid=${home}]`, { timeout: 60_000 });
  await page.waitForFunction(() => window.__map?.loaded() && window.__map.isStyleLoaded(), null, { timeout: 60_000 });
  await settled(page, counts);
  return { page, counts, errors };
}

/** The chooser's ids whose layers the map draws now (visibility not `none`). */
async function shownThemes(page: Page, view: keyof typeof themes): Promise<string[]> {
  return page.evaluate((t) => {
    const map = window.__map!;
    const drawn = (id: string) => !!map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none';
    return Object.entries(t).filter(([, layers]) => (layers as string[]).some(drawn)).map(([id]) => id);
  }, themes[view] as Record<string, readonly string[]>);
}

async function openPanel(page: Page): Promise<void> {
  if (await page.isVisible('[data-testid=layers-toggle]')) await page.click('[data-testid=layers-toggle]');
  await page.waitForSelector('[data-testid=thematic-chooser]', { timeout: 30_000 });
}

async function closePanel(page: Page): Promise<void> {
  if (await page.isVisible('[data-testid=layers-close]')) await page.click('[data-testid=layers-close]');
}

async function choose(page: Page, view: keyof typeof themes, id: string): Promise<void> {
  await page.check(`[data-testid=thematic-${id}]`);
  await page.waitForFunction(([v, want]) => {
    const map = window.__map!;
    const t = v as Record<string, readonly string[]>;
    const drawn = (l: string) => !!map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none';
    const shown = Object.entries(t).filter(([, layers]) => layers.some(drawn)).map(([k]) => k);
    return want === 'none' ? shown.length === 0 : shown.length === 1 && shown[0] === want;
  }, [themes[view], id] as const, { timeout: 30_000 });
}

/** The thematic legend's title and class labels as the panel shows them. */
async function thematicLegend(page: Page) {
  const legend = page.locator('[data-testid=legend-thematic]');
  if ((await legend.count()) === 0) return null;
  return {
    title: (await legend.locator('[data-testid=legend-title]').textContent())!.trim(),
    classes: (await legend.locator('[data-testid=legend-class]').allTextContents()).map((s) => s.trim()),
    sizes: (await legend.locator('[data-testid=legend-size]').allTextContents()).map((s) => s.trim()),
  };
}

const doubled = (counts: Map<string, number>) => [...counts].filter(([, n]) => n > 1);

describe.each(viewports)('at $width×$height', (viewport) => {
  test('official, gas: one thematic layer at a time, titled legends, coverage choropleth, the city', async () => {
    const { page, counts, errors } = await open('official', 'gas-home', viewport);
    expect(doubled(counts)).toEqual([]);
    // Hazards are asked for once, for every round and outside them (the default filter sends no
    // campaign, so 轮次外 hazards are in it: campaigns.roundRule), not first one way then the other.
    const hazardUrls = [...counts.keys()].filter((u) => u.startsWith('/api/gas/hazards'));
    expect(hazardUrls.length).toBeGreaterThan(0);
    expect(hazardUrls.filter((u) => u.includes('campaign='))).toEqual([]);
    // The city: the whole of Haidong is in view.
    const b = await page.evaluate(() => window.__map!.getBounds().toArray());
    expect(b[0][0]).toBeLessThan(101.5);
    expect(b[1][0]).toBeGreaterThan(102.5);

    await openPanel(page);
    expect(await shownThemes(page, 'gas')).toEqual(['gas-hazards']);
    let legend = await thematicLegend(page);
    expect(legend!.title).toContain('燃气隐患');
    expect(legend!.classes).toContain('重大隐患（未整改）');
    expect(legend!.sizes.some((s) => s.includes('处'))).toBe(true);

    await choose(page, 'gas', 'gas-coverage');
    legend = await thematicLegend(page);
    expect(legend!.title).toMatch(/走访覆盖率（第\d轮，%）/);
    expect(legend!.classes).toEqual(expect.arrayContaining(['0 – 25%', '25 – 50%', '50 – 75%', '75 – 99%', '100%']));
    await closePanel(page);
    // The choropleth: every district polygon drawn, each with its coverage share from the API.
    await page.waitForFunction(() => {
      const f = window.__map!.queryRenderedFeatures({ layers: ['gas-coverage-fill'] });
      return f.length > 0 && f.some((x) => typeof x.properties.coverage === 'number');
    }, null, { timeout: 30_000 });
    const districts = await page.evaluate(() => new Set(window.__map!.queryRenderedFeatures({ layers: ['gas-coverage-fill'] }).map((f) => f.properties.code)).size);
    expect(districts).toBe(7);

    await openPanel(page);
    await choose(page, 'gas', 'gas-heat');
    legend = await thematicLegend(page);
    expect(legend!.title).toContain('热力');
    expect(legend!.classes).toEqual(['低', '高']);

    await choose(page, 'gas', 'none');
    expect(await thematicLegend(page)).toBeNull();
    // The choice is in the URL: a reload shows the same layer.
    await choose(page, 'gas', 'gas-coverage');
    expect(await page.evaluate(() => location.hash)).toContain('theme=gas-coverage');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('inspector: opens on the own district; groups are named, never numbered', async () => {
    const { page, counts, errors } = await open('inspector3', 'gas-home', viewport);
    expect(doubled(counts)).toEqual([]);
    // Venues for the own district only, not first for the city: from the district's zoom they are
    // vector tiles (VENUE_TILE_MIN_ZOOM), so no city-wide cluster request goes out.
    expect([...counts.keys()].filter((u) => u.startsWith('/api/gas/venues/clusters'))).toEqual([]);
    expect([...counts.keys()].filter((u) => u.startsWith('/api/tiles/venues/')).length).toBeGreaterThan(0);
    const own = await page.evaluate(async () => {
      const d = (await (await fetch('/api/geo/districts')).json()) as { features: { properties: { code: string }; geometry: { coordinates: number[][][] | number[][][][] } }[] };
      return d.features.find((f) => f.properties.code === '630222')!.geometry.coordinates.flat(3) as number[];
    });
    const xs = own.filter((_, i) => i % 2 === 0);
    const ys = own.filter((_, i) => i % 2 === 1);
    const c = await page.evaluate(() => window.__map!.getCenter());
    expect(c.lng).toBeGreaterThan(Math.min(...xs));
    expect(c.lng).toBeLessThan(Math.max(...xs));
    expect(c.lat).toBeGreaterThan(Math.min(...ys));
    expect(c.lat).toBeLessThan(Math.max(...ys));
    expect(await page.textContent('[data-testid=gas-scope]')).toContain('第三包片督查组');
    await openPanel(page);
    // No heat layer for an inspector; hazards are the default.
    expect(await page.locator('[data-testid=thematic-gas-heat]').count()).toBe(0);
    expect(await shownThemes(page, 'gas')).toEqual(['gas-hazards']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('education: the stacked layers are choices; each has its titled legend', async () => {
    const { page, counts, errors } = await open('education', 'edu-tab-map', viewport);
    expect(doubled(counts)).toEqual([]);
    // Layers not chosen are not fetched on the first view.
    expect([...counts.keys()].some((u) => u.includes('/coverage/catchments') || u.includes('/uncovered-density') || u.includes('/distance-flags'))).toBe(false);
    await openPanel(page);
    expect(await shownThemes(page, 'education')).toEqual(['edu-dropout']);
    expect((await thematicLegend(page))!.title).toBe('乡镇辍学率（%）');
    await choose(page, 'education', 'edu-catchments');
    expect((await thematicLegend(page))!.classes).toEqual(['< 80%', '80–100%', '100–120%', '> 120%']);
    await choose(page, 'education', 'edu-schools');
    const legend = await thematicLegend(page);
    expect(legend!.title).toContain('人/校');
    expect(legend!.sizes).toEqual(['0 人', '50 人', '500 人']);
    await choose(page, 'education', 'edu-uncovered');
    expect((await thematicLegend(page))!.classes).toEqual(['1–9 人', '10–49 人', '≥ 50 人']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('planner: opens on the parcels; fee tier or depth', async () => {
    const { page, counts, errors } = await open('planner', 'ug-home', viewport);
    expect(doubled(counts)).toEqual([]);
    // No parcel GeoJSON for the first view: tiles draw them.
    expect([...counts.keys()].filter((u) => u.startsWith('/api/underground/parcels?'))).toEqual([]);
    const extent = await page.evaluate(async () => (await (await fetch('/api/ogc/collections/parcels')).json()).extent.spatial.bbox[0] as number[]);
    const c = await page.evaluate(() => window.__map!.getCenter());
    expect(c.lng).toBeGreaterThan(extent[0]!);
    expect(c.lng).toBeLessThan(extent[2]!);
    expect(c.lat).toBeGreaterThan(extent[1]!);
    expect(c.lat).toBeLessThan(extent[3]!);
    // Fitted to the parcels, not the city: the view is at most a few times the parcels' extent.
    const view = await page.evaluate(() => window.__map!.getBounds().toArray());
    expect(view[1][0] - view[0][0]).toBeLessThan(Math.max(4 * (extent[2]! - extent[0]!), 0.1));
    expect(view[1][0] - view[0][0]).toBeLessThan(1);
    await openPanel(page);
    expect(await shownThemes(page, 'underground')).toEqual(['ug-fee']);
    expect((await thematicLegend(page))!.title).toContain('元');
    await choose(page, 'underground', 'ug-depth');
    expect((await thematicLegend(page))!.classes).toEqual(['负二层及以下', '负一层', '半地下', '无分层记录']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
