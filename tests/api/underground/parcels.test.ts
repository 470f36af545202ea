import ExcelJS from 'exceljs';
import { describe, expect, test, beforeAll } from 'vitest';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

// Test parcels sit in 民和县 (630222), away from the demo parcels of 乐都/平安: outside the central
// city, so they are "reference only" (Art. 33).
const mPerDeg = 111_320;
function rect(lon: number, lat: number, w: number, h: number) {
  const dx = w / 2 / (mPerDeg * Math.cos((lat * Math.PI) / 180));
  const dy = h / 2 / mPerDeg;
  return { type: 'Polygon', coordinates: [[[lon - dx, lat - dy], [lon + dx, lat - dy], [lon + dx, lat + dy], [lon - dx, lat + dy], [lon - dx, lat - dy]]] };
}
const layers = [
  { level: 'B1', topDepth: 0, bottomDepth: 4, netHeight: 3.5, projectionArea: 2000 },
  { level: 'B2', topDepth: 4, bottomDepth: 8, netHeight: 3.5, projectionArea: 2000 },
];
function parcel(code: string, lon: number, lat: number, extra: Record<string, unknown> = {}) {
  return {
    code, name: `测试地块 ${code}`, kind: 'combined', publicLand: null, countyCode: '630222', use: 'commercial', supply: 'agreement',
    surfaceAllocated: false, surfaceUnitPrice: 3000, publicParking: false, status: 'approved', termStart: '2024-03-01',
    surfaceUse: 'commercial', surfaceTermYears: 40, footprint: rect(lon, lat, 50, 40), layers, ...extra,
  };
}

describe.each(testDatabases)('underground parcels API on %s', (kind) => {
  let app: TestApp;
  let planner: Client;
  const box = '102.79,36.32,102.81,36.34';
  const countIn = async () => (await planner.get(`/api/underground/parcels?bbox=${box}`)).body.total as number;
  beforeAll(async () => {
    app = await getTestApp(kind);
    planner = await app.login('planner');
  });

  test('demo parcels: GeoJSON with fee tier and total, filters and paging', async () => {
    const r = await planner.get('/api/underground/parcels?county=630202&limit=5');
    expect(r.status).toBe(200);
    expect(r.body.type).toBe('FeatureCollection');
    expect(r.body.features).toHaveLength(5);
    expect(r.body.total).toBeGreaterThan(5);
    const f = r.body.features[0];
    expect(f.geometry.type).toBe('MultiPolygon');
    expect(typeof f.properties.feeTotal).toBe('number');
    expect(['free', 'lease', 'low', 'mid', 'high']).toContain(f.properties.feeTier);
    expect(f.properties.synthetic).toBe(true);
    const page2 = await planner.get('/api/underground/parcels?county=630202&limit=5&offset=5');
    expect(page2.body.features[0].id).not.toBe(f.id);
    const deep = await planner.get('/api/underground/parcels?level=B2%2B&limit=5000');
    expect(deep.body.features.every((x: { properties: { levels: string } }) => /B[2-9]/.test(x.properties.levels))).toBe(true);
    expect((await planner.get('/api/underground/parcels?bbox=1,2,3')).body.error.field).toBe('bbox');
    expect((await planner.get('/api/underground/parcels?level=B9')).status).toBe(400);
  });

  test('city-wide conflicts include the deliberate demo conflicts', async () => {
    const r = await planner.get('/api/underground/conflicts');
    expect(r.status).toBe(200);
    expect(r.body.total).toBeGreaterThanOrEqual(3);
    expect(r.body.conflicts[0].overlapAreaM2).toBeGreaterThan(1);
  });

  test('create → detail with fee breakdown, term and reference-only flag; update; delete', async () => {
    const created = await planner.post('/api/underground/parcels', parcel('T-A-1', 102.8, 36.33));
    expect(created.status).toBe(201);
    const d = await planner.get(`/api/underground/parcels/${created.body.id}`);
    expect(d.status).toBe(200);
    expect(d.body.layers).toHaveLength(2);
    // B1: 2000 × 3000 × 0.10 = 600,000; B2: 0
    expect(d.body.fee.total).toBe(600000);
    expect(d.body.fee.layers[0].reason).toContain('第十五条');
    expect(d.body.term).toMatchObject({ years: 40, termStart: '2024-03-01', endDate: '2064-02-29' });
    expect(d.body.referenceOnly).toBe(true);
    const up = await planner.put(`/api/underground/parcels/${created.body.id}`, parcel('T-A-1', 102.8, 36.33, { surfaceUnitPrice: 1500 }));
    expect(up.status).toBe(200);
    expect(up.body.feeTotal).toBe(300000); // 2000 × 1500 × 0.10
    const del = await planner.delete(`/api/underground/parcels/${created.body.id}`);
    expect(del.status).toBe(200);
    expect((await planner.get(`/api/underground/parcels/${created.body.id}`)).status).toBe(404);
  });

  test('3D conflict → 409 naming the other parcel and the overlap; deeper volume is fine', async () => {
    const first = await planner.post('/api/underground/parcels', parcel('T-C-1', 102.805, 36.325));
    expect(first.status).toBe(201);
    const clash = await planner.post('/api/underground/parcels', parcel('T-C-2', 102.8052, 36.325));
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('parcel_conflict');
    expect(clash.body.error.message).toContain('T-C-1');
    expect(clash.body.error.details.conflicts[0]).toMatchObject({ code: 'T-C-1', depthFrom: 0, depthTo: 8 });
    expect(clash.body.error.details.conflicts[0].overlapAreaM2).toBeGreaterThan(1000);
    const deeper = await planner.post('/api/underground/parcels', parcel('T-C-3', 102.8052, 36.325, {
      layers: [{ level: 'B3', topDepth: 8, bottomDepth: 12, netHeight: 3.5 }],
    }));
    expect(deeper.status).toBe(201);
    const detail = await planner.get(`/api/underground/parcels/${first.body.id}`);
    expect(detail.body.conflicts).toEqual([]);
  });

  test('non-planner writing → 403; official may read', async () => {
    for (const who of ['official', 'inspector1', 'education']) {
      const c = await app.login(who);
      expect((await c.post('/api/underground/parcels', parcel(`T-F-${who}`, 102.79, 36.32))).status).toBe(403);
    }
    expect((await (await app.login('official')).get('/api/underground/parcels?limit=1')).status).toBe(200);
    expect((await (await app.login('inspector1')).get('/api/underground/parcels?limit=1')).status).toBe(403);
  });

  const ring = rect(102.795, 36.335, 30, 30).coordinates[0]!;
  const bad: [string, Record<string, unknown>, string][] = [
    ['unclosed ring', { footprint: { type: 'Polygon', coordinates: [ring.slice(0, 4).concat([[102.7951, 36.3351]])] } }, 'footprint.coordinates[0]'],
    ['self-intersecting ring', { footprint: { type: 'Polygon', coordinates: [[ring[0], ring[2], ring[1], ring[3], ring[0]]] } }, 'footprint.coordinates[0]'],
    ['fewer than 4 positions', { footprint: { type: 'Polygon', coordinates: [[ring[0], ring[1], ring[0]]] } }, 'footprint.coordinates[0]'],
    ['outside Haidong', { footprint: rect(116.4, 39.9, 30, 30) }, 'footprint.coordinates[0][0]'],
    ['string for a number', { surfaceUnitPrice: '3000' }, 'surfaceUnitPrice'],
    ['negative price', { surfaceUnitPrice: -3 }, 'surfaceUnitPrice'],
    ['negative area', { layers: [{ ...layers[0], projectionArea: -1 }] }, 'layers[0].projectionArea'],
    ['top ≥ bottom', { layers: [{ ...layers[0], topDepth: 4, bottomDepth: 4 }] }, 'layers[0].topDepth'],
    ['layers overlapping', { layers: [layers[0], { ...layers[1], topDepth: 3 }] }, 'layers[1]'],
    ['unknown enum', { kind: 'tunnel' }, 'kind'],
    ['empty layer list', { layers: [] }, 'layers'],
    ['combined under a road (Art. 3)', { publicLand: 'road' }, 'kind'],
  ];
  test.each(bad)('bad parcel: %s → 400 with field, nothing written', async (name, patch, field) => {
    const before = await countIn();
    const r = await planner.post('/api/underground/parcels', parcel(`T-B-${name}`, 102.795, 36.335, patch));
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe(field);
    expect(await countIn()).toBe(before);
  });

  test('import is all-or-nothing with a per-row report (GeoJSON and CSV)', async () => {
    const feature = (code: string, lon: number, extra: Record<string, unknown> = {}) => {
      const { footprint, ...props } = parcel(code, lon, 36.322, extra);
      return { type: 'Feature', geometry: footprint, properties: props };
    };
    const before = await countIn();
    const badFile = { type: 'FeatureCollection', features: [feature('T-I-1', 102.791), feature('T-I-2', 102.793, { supplyy: 1, layers: [] })] };
    const r = await planner.send('POST', '/api/underground/parcels/import', JSON.stringify(badFile), { 'content-type': 'application/geo+json' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('import_invalid');
    expect(r.body.error.details.rows).toEqual([
      expect.objectContaining({ row: 1, ok: true }),
      expect.objectContaining({ row: 2, ok: false, field: 'layers' }),
    ]);
    expect(await countIn()).toBe(before);
    const good = { type: 'FeatureCollection', features: [feature('T-I-1', 102.791), feature('T-I-2', 102.793)] };
    const ok = await planner.send('POST', '/api/underground/parcels/import', JSON.stringify(good), { 'content-type': 'application/geo+json' });
    expect(ok.status).toBe(200);
    expect(ok.body.imported).toBe(2);
    expect(await countIn()).toBe(before + 2);

    const p = parcel('T-I-3', 102.797, 36.322);
    const csv = [
      'code,name,kind,countyCode,use,supply,surfaceAllocated,surfaceUnitPrice,publicParking,status,termStart,footprint,layers',
      [p.code, p.name, p.kind, p.countyCode, p.use, p.supply, 'false', '3000', 'false', p.status, p.termStart, JSON.stringify(p.footprint), JSON.stringify(p.layers)]
        .map((v) => `"${String(v).replace(/"/g, '""')}"`).join(','),
    ].join('\r\n');
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'parcels.csv');
    const viaCsv = await planner.send('POST', '/api/underground/parcels/import', form);
    expect(viaCsv.status).toBe(200);
    expect(viaCsv.body.imported).toBe(1);
    const inspector = await app.login('inspector2');
    expect((await inspector.send('POST', '/api/underground/parcels/import', JSON.stringify(good), { 'content-type': 'application/json' })).status).toBe(403);
  });

  test('fee schedule exports open (XLSX with exceljs, CSV with BOM)', async () => {
    const res = await fetch(`${app.baseUrl}/api/underground/fee-schedule.xlsx`, { headers: { cookie: await cookieOf(app) } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBeGreaterThan(10);
    expect(String(ws.getRow(1).getCell(1).value)).toContain('code');
    const csv = await planner.get('/api/underground/fee-schedule.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\r\n').length).toBeGreaterThan(10);
  });
});

async function cookieOf(app: TestApp): Promise<string> {
  const res = await fetch(`${app.baseUrl}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'planner', password: 'haidong-demo' }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
