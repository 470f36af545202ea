import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { THIN_BELOW_ZOOM, thinCellsPerWorld, tileBounds } from '../../../api/domain/geo/tiles';
import { renderTile } from '../../../api/services/geo/renderTile';
import { getTestApp, testDatabases, type TestApp } from '../../helpers/testApp';

const run = promisify(execFile);

/** The XYZ tile holding a WGS84 point at zoom z. */
function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return [x, y];
}

function decode(bytes: Uint8Array, layer: string) {
  const t = new VectorTile(new Pbf(bytes)).layers[layer];
  if (!t) return [];
  return Array.from({ length: t.length }, (_, i) => t.feature(i)).map((f) => ({ id: f.id, properties: f.properties }));
}

describe.each(testDatabases)('vector tiles on %s', (kind) => {
  let app: TestApp;
  const tokens = new Map<string, string>();
  const dir = mkdtempSync(join(tmpdir(), 'mvt-'));
  beforeAll(async () => {
    app = await getTestApp(kind);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function tokenOf(who: string) {
    if (!tokens.has(who)) tokens.set(who, (await (await app.login(who)).post('/api/auth/tokens', { name: 'tiles' })).body.token);
    return tokens.get(who)!;
  }
  async function tile(who: string, path: string) {
    const res = await fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${await tokenOf(who)}`, 'accept-encoding': 'gzip' } });
    return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  test('TileJSON 3.0 names the tile URL and the layer fields; a layer the role cannot read is 404', async () => {
    const c = await app.login('planner');
    const r = await c.get('/api/tiles/parcels.json');
    expect(r.status).toBe(200);
    expect(r.body.tilejson).toBe('3.0.0');
    expect(r.body.tiles[0]).toBe(`${app.baseUrl}/api/tiles/parcels/{z}/{x}/{y}.pbf`);
    expect(r.body.vector_layers[0]).toMatchObject({ id: 'parcels', fields: { feeTier: 'String' } });
    const venues = await (await app.login('official')).get('/api/tiles/venues.json');
    expect(venues.body.vector_layers[0].fields.count).toBe('Number');
    expect(venues.body.vector_layers[0].description).toMatch(/缩放级别 < 12 时抽稀/);
    expect((await c.get('/api/tiles/hazards/0/0/0.pbf')).status).toBe(404);
    expect((await c.get('/api/tiles/children.json')).status).toBe(400);
  });

  test("an inspector's hazard tile holds only the own district; gzip on the wire; an empty tile is 204", async () => {
    const r = await tile('inspector3', '/api/tiles/hazards/0/0/0.pbf');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    expect(r.headers.get('content-encoding')).toBe('gzip');
    // z0 is thinned: each feature stands for `count` hazards, all of them in the own district.
    const features = decode(r.bytes, 'hazards');
    const [want] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from gas_hazards where district_code = '630222'`);
    expect(features.reduce((n, f) => n + Number(f.properties.count), 0)).toBe(Number(want!.n));
    expect(new Set(features.map((f) => f.properties.districtCode))).toEqual(new Set(['630222']));
    expect((await tile('official', '/api/tiles/hazards/10/0/0.pbf')).status).toBe(204);
  });

  test('a venue tile at z ≥ 12 holds exactly the venues in the tile and its buffer, not thinned (checked in SQL)', async () => {
    const [v] = await queryRows<{ lon: number; lat: number }>(app.database.db, sql`select ST_X(geom) as lon, ST_Y(geom) as lat from gas_venues order by id limit 1`);
    const z = THIN_BELOW_ZOOM;
    const [x, y] = tileOf(Number(v!.lon), Number(v!.lat), z);
    const b = tileBounds(z, x, y);
    const want = await queryRows<{ id: number }>(app.database.db, sql`select id from gas_venues where geom && ST_MakeEnvelope(${b[0]}, ${b[1]}, ${b[2]}, ${b[3]}, 4326) order by id`);
    const r = await tile('official', `/api/tiles/venues/${z}/${x}/${y}.pbf`);
    expect(r.status).toBe(200);
    const got = decode(r.bytes, 'venues');
    expect(got.map((f) => f.id).sort((a, b) => a! - b!)).toEqual(want.map((w) => Number(w.id)));
    expect(got.every((f) => f.properties.count === undefined)).toBe(true);
  });

  test('a venue tile below z12 is thinned: the lowest id per 2 px cell with its count, the same from ST_AsMVT and geojson-vt', async () => {
    const [v] = await queryRows<{ lon: number; lat: number }>(app.database.db, sql`select ST_X(geom) as lon, ST_Y(geom) as lat from gas_venues order by id limit 1`);
    const official = { id: 0, username: 'official', role: 'official' as const, groupNo: null, countyCode: null, mustChangePassword: false };
    const inspector = { id: 0, username: 'inspector1', role: 'inspector' as const, groupNo: 1, countyCode: null, mustChangePassword: false };
    for (const z of [8, THIN_BELOW_ZOOM - 1]) {
      const [x, y] = tileOf(Number(v!.lon), Number(v!.lat), z);
      const b = tileBounds(z, x, y);
      // The expected cells, computed here in Node from the same global grid (4096 × 2^z / 16 cells per world).
      const rows = await queryRows<{ id: number; lon: number; lat: number }>(
        app.database.db,
        sql`select id, ST_X(geom) as lon, ST_Y(geom) as lat from gas_venues where geom && ST_MakeEnvelope(${b[0]}, ${b[1]}, ${b[2]}, ${b[3]}, 4326)`,
      );
      const k = thinCellsPerWorld(z);
      const cells = new Map<string, { id: number; count: number }>();
      for (const r of rows) {
        const [lon, lat] = [Number(r.lon), Number(r.lat)];
        const cx = Math.floor(((lon + 180) / 360) * k);
        const cy = Math.floor((0.5 - Math.log(Math.tan(((45 + lat / 2) * Math.PI) / 180)) / (2 * Math.PI)) * k);
        const c = cells.get(`${cx}/${cy}`) ?? { id: Infinity, count: 0 };
        cells.set(`${cx}/${cy}`, { id: Math.min(c.id, Number(r.id)), count: c.count + 1 });
      }
      const want = Object.fromEntries([...cells.values()].map((c) => [c.id, c.count]));
      const input = { layer: 'venues' as const, z, x, y, dbKind: app.database.kind };
      const node = decode(gunzipSync((await renderTile(app.database.db, official, { ...input, builder: 'node' }))!), 'venues');
      expect(Object.fromEntries(node.map((f) => [f.id, f.properties.count]))).toEqual(want);
      // At z8 the demo's venues share cells, so the tile is smaller than the rows it stands for.
      if (z === 8) expect(node.length).toBeLessThan(rows.length);
      if (app.database.kind === 'postgres') {
        const byId = (fs: typeof node) => Object.fromEntries(fs.map((f) => [f.id, f.properties]));
        const postgis = decode(gunzipSync((await renderTile(app.database.db, official, { ...input, builder: 'postgis' }))!), 'venues');
        expect(byId(postgis)).toEqual(byId(node));
        // Scope first, then thinning: an inspector's thinned tile counts the own district only.
        const own = (fs: typeof node) => fs.reduce((n, f) => n + Number(f.properties.count), 0);
        const [mine, theirs] = await Promise.all([
          renderTile(app.database.db, inspector, { ...input, builder: 'postgis' }),
          renderTile(app.database.db, inspector, { ...input, builder: 'node' }),
        ]);
        const a = mine ? decode(gunzipSync(mine), 'venues') : [];
        expect(byId(a)).toEqual(byId(theirs ? decode(gunzipSync(theirs), 'venues') : []));
        expect(new Set(a.map((f) => f.properties.districtCode)).size).toBeLessThanOrEqual(1);
        expect(own(a)).toBeLessThanOrEqual(rows.length);
      }
    }
  });

  test('a new venue shows in its tile at once (the cache is dropped on the write)', async () => {
    const [v] = await queryRows<{ lon: number; lat: number }>(app.database.db, sql`select ST_X(geom) as lon, ST_Y(geom) as lat from gas_venues where district_code = '630202' order by id limit 1`);
    const [x, y] = tileOf(Number(v!.lon), Number(v!.lat), 12);
    const path = `/api/tiles/venues/12/${x}/${y}.pbf`;
    const before = decode((await tile('inspector1', path)).bytes, 'venues').length;
    const c = await app.login('inspector1');
    const made = await c.post('/api/gas/venues', { name: '瓦片测试场所', venueType: 'restaurant', pipelineUserKind: 'non_residential', location: { lon: Number(v!.lon), lat: Number(v!.lat) } });
    expect(made.status, made.text).toBe(201);
    const after = decode((await tile('inspector1', path)).bytes, 'venues');
    expect(after).toHaveLength(before + 1);
    expect(after.map((f) => f.id)).toContain(made.body.id);
  });

  test('a parcel tile: the Node builder (PGlite) and ST_AsMVT (PostgreSQL) give the same features; GDAL reads it', async () => {
    const [p] = await queryRows<{ lon: number; lat: number }>(app.database.db, sql`select ST_X(ST_PointOnSurface(footprint)) as lon, ST_Y(ST_PointOnSurface(footprint)) as lat from underground_parcels order by id limit 1`);
    const z = 14;
    const [x, y] = tileOf(Number(p!.lon), Number(p!.lat), z);
    const planner = { id: 0, username: 'planner', role: 'planner' as const, groupNo: null, countyCode: null, mustChangePassword: false };
    const input = { layer: 'parcels' as const, z, x, y, dbKind: app.database.kind };
    const node = decode(gunzipSync((await renderTile(app.database.db, planner, { ...input, builder: 'node' }))!), 'parcels');
    expect(node.length).toBeGreaterThan(0);
    const b = tileBounds(z, x, y);
    const inBox = await queryRows<{ id: number }>(app.database.db, sql`select id from underground_parcels where footprint && ST_MakeEnvelope(${b[0]}, ${b[1]}, ${b[2]}, ${b[3]}, 4326) order by id`);
    expect(node.map((f) => f.id).sort((a, b) => a! - b!)).toEqual(inBox.map((r) => Number(r.id)));
    if (app.database.kind === 'postgres') {
      const postgis = decode(gunzipSync((await renderTile(app.database.db, planner, { ...input, builder: 'postgis' }))!), 'parcels');
      const byId = (fs: typeof node) => Object.fromEntries(fs.map((f) => [f.id, f.properties]));
      expect(byId(postgis)).toEqual(byId(node));
    }
    if (existsSync('/usr/bin/ogrinfo')) {
      const file = join(dir, String(z), String(x), `${y}.pbf`);
      mkdirSync(join(dir, String(z), String(x)), { recursive: true });
      writeFileSync(file, (await tile('planner', `/api/tiles/parcels/${z}/${x}/${y}.pbf`)).bytes);
      const info = await run('ogrinfo', ['-ro', '-so', `MVT:${file}`, 'parcels']);
      expect(Number(/Feature Count: (\d+)/.exec(info.stdout)?.[1])).toBe(node.length);
    }
  });
});
