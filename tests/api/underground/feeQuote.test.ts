import { describe, expect, test, beforeAll } from 'vitest';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

// A three-storey stack: semi-basement (floor 1.5 m below ground, net 3.3 m: 1.1 < 1.5 ≤ 1.65 →
// 半地下 by GB 50352-2019), B1 and B2, each with a 1,000 m² projection, surface price 2,000 元/m².
const stack = [
  { topDepth: -2.1, bottomDepth: 1.5, netHeight: 3.3, area: 1000 },
  { topDepth: 1.5, bottomDepth: 5.5, netHeight: 3.5, area: 1000 },
  { topDepth: 5.5, bottomDepth: 9.5, netHeight: 3.5, area: 1000 },
];
const base = { supply: 'agreement', use: 'commercial', surfaceAllocated: false, publicParking: false, surfaceUnitPrice: 2000, date: '2024-05-01', layers: stack };

describe.each(testDatabases)('underground fee-quote on %s', (kind) => {
  let app: TestApp;
  let c: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    c = await app.login('inspector3');
  });

  test('agreement: 15 % / 10 % / 0 per layer (Art. 15), any logged-in role', async () => {
    const r = await c.post('/api/underground/fee-quote', base);
    expect(r.status).toBe(200);
    expect(r.body.currency).toBe('CNY');
    expect(r.body.layers.map((l: { level: string }) => l.level)).toEqual(['semi', 'B1', 'B2']);
    // 1000 × 2000 × 0.15 = 300,000; 1000 × 2000 × 0.10 = 200,000; B2: 0
    expect(r.body.layers.map((l: { fee: number }) => l.fee)).toEqual([300000, 200000, 0]);
    expect(r.body.total).toBe(500000); // 300,000 + 200,000
    expect(r.body.layers[0].reason).toContain('第十五条');
    expect(r.body.startingPrice).toBeNull();
    expect(r.body.rent).toBe(false);
    expect(r.body.policy).toMatchObject({ id: 'haidong-2023', validFrom: '2023-10-07', validTo: '2025-10-06' });
    expect(r.body.warnings).toEqual([]);
  });

  test('public parking pays half', async () => {
    const r = await c.post('/api/underground/fee-quote', { ...base, use: 'parking', publicParking: true });
    // 1000 × 2000 × 0.075 = 150,000; 1000 × 2000 × 0.05 = 100,000
    expect(r.body.layers.map((l: { fee: number }) => l.fee)).toEqual([150000, 100000, 0]);
    expect(r.body.total).toBe(250000);
  });

  test('tender: agreement fee is the starting price; lease: rent; allocation for civil air defence: 0', async () => {
    const t = await c.post('/api/underground/fee-quote', { ...base, supply: 'tender' });
    expect(t.body.startingPrice).toBe(500000);
    const l = await c.post('/api/underground/fee-quote', { ...base, use: 'civil_air_defence', supply: 'lease' });
    expect(l.body).toMatchObject({ total: 0, rent: true });
    const a = await c.post('/api/underground/fee-quote', { ...base, use: 'civil_air_defence', supply: 'allocation', surfaceAllocated: true });
    expect(a.body.total).toBe(0);
  });

  test('net height ≤ 2.2 m: no fee and a warning; B1 of 1234.5 m² at 1,873 元/m² rounds to cents', async () => {
    const r = await c.post('/api/underground/fee-quote', {
      ...base,
      surfaceUnitPrice: 1873,
      layers: [
        { level: 'B1', topDepth: 0, bottomDepth: 4, netHeight: 3.5, area: 1234.5 },
        { level: 'B2', topDepth: 4, bottomDepth: 6.5, netHeight: 2.2, area: 1234.5 },
      ],
    });
    // 1234.5 × 1873 × 0.10 = 231,221.85
    expect(r.body.layers[0].fee).toBe(231221.85);
    expect(r.body.layers[1].fee).toBe(0);
    expect(r.body.total).toBe(231221.85);
    expect(r.body.warnings.map((w: { code: string }) => w.code)).toContain('no_land_use_right');
  });

  test('a date outside the policy window carries a warning', async () => {
    const r = await c.post('/api/underground/fee-quote', { ...base, date: '2026-01-05' });
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(500000);
    expect(r.body.warnings[0].code).toBe('policy_expired');
    expect(r.body.policy.inForce).toBe(false);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['string for a number', { surfaceUnitPrice: 'abc' }, 'surfaceUnitPrice'],
    ['negative price', { surfaceUnitPrice: -1 }, 'surfaceUnitPrice'],
    ['unknown supply', { supply: 'gift' }, 'supply'],
    ['unknown use', { use: 'casino' }, 'use'],
    ['empty layers', { layers: [] }, 'layers'],
    ['NaN as text', { layers: [{ ...stack[1], netHeight: 'NaN' }] }, 'layers[0].netHeight'],
    ['negative area', { layers: [{ ...stack[1], area: -5 }] }, 'layers[0].area'],
    ['top ≥ bottom', { layers: [{ ...stack[1], topDepth: 6, bottomDepth: 5.5 }] }, 'layers[0].topDepth'],
    ['layers overlap', { layers: [stack[1], { ...stack[2], topDepth: 4 }] }, 'layers[1]'],
    ['unknown level', { layers: [{ ...stack[1], level: 'B0' }] }, 'layers[0].level'],
    ['bad date', { date: '2024-02-30' }, 'date'],
  ];
  test.each(bad)('bad input: %s → 400 naming the field', async (_name, patch, field) => {
    const r = await c.post('/api/underground/fee-quote', { ...base, ...patch });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe(field);
    expect(r.body.error.message).toBeTruthy();
  });

  test('not logged in → 401', async () => {
    expect((await app.anon.post('/api/underground/fee-quote', base)).status).toBe(401);
  });
});
