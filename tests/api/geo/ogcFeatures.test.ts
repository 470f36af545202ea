import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

const run = promisify(execFile);
const gdal = existsSync('/usr/bin/ogr2ogr') && existsSync('/usr/bin/ogrinfo');

async function walkItems(c: Client, first: string) {
  const ids: (string | number)[] = [];
  let next: string | undefined = first;
  let matched = -1;
  while (next) {
    const r: { status: number; text: string; body: any } = await c.get(next.replace(/^https?:\/\/[^/]+/, ''));
    expect(r.status, r.text).toBe(200);
    matched = r.body.numberMatched;
    expect(r.body.numberReturned).toBe(r.body.features.length);
    ids.push(...r.body.features.map((f: any) => f.id));
    next = r.body.links.find((l: any) => l.rel === 'next')?.href;
  }
  return { ids, matched };
}

describe.each(testDatabases)('OGC API – Features on %s', (kind) => {
  let app: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'ogc-'));
  beforeAll(async () => {
    app = await getTestApp(kind);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('landing page links conformance and collections; conformance names Core and GeoJSON', async () => {
    const c = await app.login('official');
    const landing = await c.get('/api/ogc');
    expect(landing.status).toBe(200);
    const rels = landing.body.links.map((l: any) => l.rel);
    expect(rels).toEqual(expect.arrayContaining(['self', 'service-desc', 'conformance', 'data']));
    const conf = await c.get('/api/ogc/conformance');
    expect(conf.body.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core');
    expect(conf.body.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson');
    expect(conf.body.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30');
  });

  test('the API definition (service-desc) is OpenAPI 3.0 of exactly the OGC paths, in the 3.0 schema dialect', async () => {
    const c = await app.login('official');
    const desc = (await c.get('/api/ogc')).body.links.find((l: any) => l.rel === 'service-desc');
    expect(desc.type).toBe('application/vnd.oai.openapi+json;version=3.0');
    const r = await c.get(new URL(desc.href).pathname);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/vnd.oai.openapi+json;version=3.0');
    const doc = JSON.parse(r.text);
    expect(doc.openapi).toMatch(/^3\.0\.\d$/);
    expect(doc.servers).toEqual([{ url: '/api/ogc' }]);
    // OGC 17-069r4 §7.3 (/req/oas30/completeness): every resource of Part 1 Core is described.
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/', '/conformance', '/collections', '/collections/{collectionId}', '/collections/{collectionId}/items', '/collections/{collectionId}/items/{featureId}']),
    );
    expect(Object.keys(doc.paths).every((p) => !p.startsWith('/api/'))).toBe(true);
    const items = doc.paths['/collections/{collectionId}/items'].get.parameters.map((p: any) => p.name);
    expect(items).toEqual(expect.arrayContaining(['collectionId', 'bbox', 'limit', 'datetime']));
    // 3.0 Schema Objects: one `type` string with `nullable`, no `const`, boolean exclusive bounds, no $schema.
    const wrong: string[] = [];
    const walk = (v: unknown, at: string) => {
      if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${at}/${i}`));
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      if (Array.isArray(o.type)) wrong.push(`${at}: type array`);
      if ('const' in o) wrong.push(`${at}: const`);
      if ('$schema' in o) wrong.push(`${at}: $schema`);
      for (const k of ['exclusiveMinimum', 'exclusiveMaximum']) if (k in o && typeof o[k] !== 'boolean') wrong.push(`${at}: numeric ${k}`);
      for (const [k, x] of Object.entries(o)) walk(x, `${at}/${k}`);
    };
    walk(doc.paths, '#/paths');
    expect(wrong).toEqual([]);
    // The whole API's own document stays 3.1.
    expect((await c.get('/api/openapi.json')).body.openapi).toBe('3.1.0');
  });

  test('each role lists only its collections; children are never a collection', async () => {
    const ids = async (who: string) => ((await (await app.login(who)).get('/api/ogc/collections')).body.collections as any[]).map((c) => c.id);
    expect(await ids('planner')).toEqual(['parcels', 'counties', 'districts', 'townships']);
    expect(await ids('inspector2')).toEqual(['venues', 'hazards', 'visits', 'counties', 'districts', 'townships']);
    expect(await ids('education')).toEqual(['catchments', 'schools', 'counties', 'districts', 'townships']);
    expect(await ids('admin')).toEqual(['parcels', 'venues', 'hazards', 'visits', 'catchments', 'schools', 'counties', 'districts', 'townships']);
    expect((await (await app.login('admin')).get('/api/ogc/collections/children')).status).toBe(404);
  });

  test("an inspector's hazards: the same count as the app's list, only the own district, paged by next links, application/geo+json", async () => {
    const c = await app.login('inspector3');
    const first = await c.get('/api/ogc/collections/hazards/items?limit=7');
    expect(first.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const list = await c.get('/api/gas/hazards?limit=50000');
    expect(first.body.numberMatched).toBe(list.body.total);
    const { ids, matched } = await walkItems(c, '/api/ogc/collections/hazards/items?limit=7');
    expect(ids).toHaveLength(matched);
    expect(new Set(ids).size).toBe(matched);
    const rows = await queryRows<{ d: string }>(app.database.db, sql`select distinct district_code as d from gas_hazards where id in ${ids.map(Number)}`);
    expect(rows.map((r) => r.d)).toEqual(['630222']);
    const second = await c.get('/api/ogc/collections/hazards/items?limit=7&offset=7');
    expect(second.body.links.find((l: any) => l.rel === 'prev').href).toContain('offset=0');
    // Another district's hazard is absent (404), like a missing one.
    const [other] = await queryRows<{ id: number }>(app.database.db, sql`select id from gas_hazards where district_code <> '630222' order by id limit 1`);
    expect((await c.get(`/api/ogc/collections/hazards/items/${other!.id}`)).status).toBe(404);
    expect((await c.get(`/api/ogc/collections/hazards/items/${ids[0]}`)).body.id).toBe(ids[0]);
  });

  test('bbox, datetime and attribute filters match the same question asked in SQL', async () => {
    const c = await app.login('official');
    const bbox = [102.0, 36.3, 102.6, 36.7];
    const r = await c.get(`/api/ogc/collections/hazards/items?bbox=${bbox.join(',')}&severity=general&datetime=2025-01-01/..&limit=10000`);
    expect(r.status, r.text).toBe(200);
    const [want] = await queryRows<{ n: number }>(
      app.database.db,
      sql`select count(*)::int as n from gas_hazards where ST_Intersects(geom, ST_MakeEnvelope(${bbox[0]}, ${bbox[1]}, ${bbox[2]}, ${bbox[3]}, 4326))
          and severity = 'general' and found_on >= '2025-01-01'`,
    );
    expect(Number(want!.n)).toBeGreaterThan(0);
    expect(r.body.numberMatched).toBe(Number(want!.n));
    for (const f of r.body.features) {
      expect(f.properties.severity).toBe('general');
      expect(f.properties.foundOn >= '2025-01-01').toBe(true);
    }
    const bad = await c.get('/api/ogc/collections/hazards/items?datetime=2026-13-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('datetime');
    expect((await c.get('/api/ogc/collections/counties/items?datetime=2026-01-01')).status).toBe(400);
  });

  test('Chinese attribute labels: queryables titles and labels=zh', async () => {
    const c = await app.login('planner');
    const q = await c.get('/api/ogc/collections/parcels/queryables?lang=zh');
    expect(q.body.properties.feeTotal.title).toBe('出让金（元）');
    const items = await c.get('/api/ogc/collections/counties/items?labels=zh');
    expect(items.body.features[0].properties).toMatchObject({ 区划代码: '630202', 名称: '乐都区' });
  });

  test.runIf(gdal)('GDAL OAPIF with a bearer token: ogrinfo and ogr2ogr -f GPKG see as many features as the API', async () => {
    const c = await app.login('inspector1');
    const { body } = await c.post('/api/auth/tokens', { name: 'gdal' });
    const env = { ...process.env, GDAL_HTTP_HEADERS: `Authorization: Bearer ${body.token}`, GDAL_HTTP_TIMEOUT: '60', CPL_DEBUG: 'OFF' };
    const source = `OAPIF:${app.baseUrl}/api/ogc`;
    const layers = await run('ogrinfo', ['-ro', '-q', source], { env });
    expect(layers.stdout).toContain('hazards');
    expect(layers.stdout).not.toContain('parcels');
    for (const layer of ['hazards', 'venues', 'townships']) {
      const api = await c.get(`/api/ogc/collections/${layer}/items?limit=1`);
      const info = await run('ogrinfo', ['-ro', '-so', source, layer], { env });
      expect(Number(/Feature Count: (\d+)/.exec(info.stdout)?.[1])).toBe(api.body.numberMatched);
      const out = join(dir, `${layer}.gpkg`);
      await run('ogr2ogr', ['-f', 'GPKG', out, source, layer], { env });
      const copied = await run('ogrinfo', ['-ro', '-so', out, layer]);
      expect(Number(/Feature Count: (\d+)/.exec(copied.stdout)?.[1])).toBe(api.body.numberMatched);
    }
    // Without the header GDAL gets 401 and fails.
    await expect(run('ogrinfo', ['-ro', '-so', source, 'hazards'], { env: { ...process.env } })).rejects.toThrow();
  });
});
