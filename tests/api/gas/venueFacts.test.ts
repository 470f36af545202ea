import { distance } from '@turf/turf';
import { beforeAll, describe, expect, test } from 'vitest';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { hazardInput } from './gasHelpers';

// A point inside 民和县 outside the park (tests/api/gas/venues.test.ts checks it against the boundaries).
const minhe = { lon: 102.7739, lat: 36.1294 };

describe.each(testDatabases)('venue facts and nearby venues on %s', (kind) => {
  let app: TestApp;
  let i1: Client;
  let i3: Client;
  let official: Client;
  let venueId: number;
  beforeAll(async () => {
    app = await getTestApp(kind);
    [i1, i3, official] = await Promise.all([app.login('inspector1'), app.login('inspector3'), app.login('official')]);
    // A non-residential pipeline user last checked 2025-03-15: §三(二) asks for a check every year,
    // so the next is due 2026-03-15 and it is overdue on any later day.
    const r = await i3.post('/api/gas/venues', {
      name: `附近测试餐馆-${Math.random().toString(36).slice(2, 8)}`,
      venueType: 'restaurant',
      pipelineUserKind: 'non_residential',
      lastSafetyCheckOn: '2025-03-15',
      address: '川垣大街8号',
      location: { lon: minhe.lon + 0.00013, lat: minhe.lat },
    });
    expect(r.status).toBe(201);
    venueId = r.body.id;
  });

  test('nearby: the own district only, nearest first, distances in metres on the ellipsoid', async () => {
    const r = await i3.get(`/api/gas/venues/nearby?lon=${minhe.lon}&lat=${minhe.lat}&limit=10`);
    expect(r.status).toBe(200);
    const items = r.body.items as { id: number; districtCode: string; distanceM: number; lon: number; lat: number }[];
    expect(items.length).toBe(10);
    // Other test files may place venues at this very point, so ours is among the nearest, not
    // necessarily the first. 0.00013° of longitude at 36.13° N ≈ 0.00013 × 111,320 × cos 36.13° ≈ 11.7 m.
    const mine = items.find((v) => v.id === venueId);
    expect(mine).toBeDefined();
    expect(mine!.distanceM).toBeGreaterThanOrEqual(11);
    expect(mine!.distanceM).toBeLessThanOrEqual(13);
    for (const v of items.slice(0, items.indexOf(mine!))) expect(v.distanceM).toBeLessThanOrEqual(mine!.distanceM);
    for (const [i, v] of items.entries()) {
      expect(v.districtCode).toBe('630222');
      if (i > 0) expect(v.distanceM).toBeGreaterThanOrEqual(items[i - 1]!.distanceM);
      // The spheroid and turf's sphere agree within 0.5 % (+1 m for rounding).
      const km = distance([minhe.lon, minhe.lat], [v.lon, v.lat], { units: 'kilometers' });
      expect(Math.abs(v.distanceM - km * 1000)).toBeLessThanOrEqual(km * 5 + 1);
    }
  });

  test('nearby from inside another district never leaves the inspector\'s own', async () => {
    const r = await i1.get(`/api/gas/venues/nearby?lon=${minhe.lon}&lat=${minhe.lat}&limit=5`);
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBe(5);
    for (const v of r.body.items) expect(v.districtCode).toBe('630202');
    expect(r.body.items.map((v: { id: number }) => v.id)).not.toContain(venueId);
    // The official's city-wide scope finds the 民和 venue among the nearest.
    const near = (await official.get(`/api/gas/venues/nearby?lon=${minhe.lon}&lat=${minhe.lat}&limit=10`)).body.items as { id: number }[];
    expect(near.map((v) => v.id)).toContain(venueId);
  });

  test('a position outside China or a bad limit is 400 naming the field', async () => {
    const r = await i3.get('/api/gas/venues/nearby?lon=10&lat=36.1');
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('lon');
    expect((await i3.get(`/api/gas/venues/nearby?lon=${minhe.lon}&lat=${minhe.lat}&limit=0`)).status).toBe(400);
  });

  test('the venue page: type, address, kind, last visit, safety check due, open hazards; 404 out of scope', async () => {
    const before = await i3.get(`/api/gas/venues/${venueId}`);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ id: venueId, venueType: 'restaurant', pipelineUserKind: 'non_residential', address: '川垣大街8号', lastSafetyCheckOn: '2025-03-15', lastVisitOn: null, visits: 0, districtCode: '630222' });
    expect(before.body.safetyCheck).toEqual({ dueDate: '2026-03-15', due: true, overdue: true, intervalYears: 1 });
    expect(before.body.openHazards).toEqual([]);

    const h = await i3.post('/api/gas/hazards', hazardInput(venueId));
    expect(h.status).toBe(201);
    // A visit on the first day of the demo campaign's first round (a day inside a round).
    const visitedOn = (await i3.get('/api/gas/campaigns')).body[0].rounds[0].startsOn as string;
    const v = await i3.post('/api/gas/visits', { venueId, visitedOn, inspectors: '马某某' });
    expect(v.status).toBe(201);
    const after = await i3.get(`/api/gas/venues/${venueId}`);
    expect(after.body.lastVisitOn).toBe(visitedOn);
    expect(after.body.visits).toBe(1);
    expect(after.body.openHazards).toEqual([expect.objectContaining({ id: h.body.id, status: 'found', severity: 'general', deadline: '2099-12-31' })]);

    expect((await i1.get(`/api/gas/venues/${venueId}`)).status).toBe(404);
    expect((await i3.get('/api/gas/venues/999999999')).status).toBe(404);
    expect((await official.get(`/api/gas/venues/${venueId}`)).status).toBe(200);
  });
});
