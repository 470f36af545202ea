import { beforeAll, describe, expect, test } from 'vitest';
import { distanceM } from '../../../api/domain/gas/onSiteRules';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { hazardInput } from './gasHelpers';

/** A day before every seeded campaign (the demo rounds are 2023 and the current year's Oct–Nov). */
const outsideDay = '2001-06-01';

describe.each(testDatabases)('visits and hazards in the field on %s', (kind) => {
  let app: TestApp;
  let i3: Client;
  let i1: Client;
  let official: Client;
  let venue: { id: number; lon: number; lat: number };

  beforeAll(async () => {
    app = await getTestApp(kind);
    [i3, i1, official] = await Promise.all([app.login('inspector3'), app.login('inspector1'), app.login('official')]);
    const f = (await official.get('/api/gas/venues?district=630222&limit=1')).body.features[0];
    venue = { id: f.properties.id, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] };
  });

  const visit = (over: Record<string, unknown> = {}, who = i3) => who.post('/api/gas/visits', { venueId: venue.id, inspectors: '张三、李四', ...over });

  test('a visit outside every round is kept as "outside a round", with the rule stated', async () => {
    const r = await visit({ visitedOn: outsideDay });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ visitedOn: outsideDay, campaignId: null, roundNo: null, outsideRound: true });
    expect(r.body.roundRule.zh).toContain('轮次外');
    expect(r.body.roundRule.en).toContain('outside a round');
  });

  test('records outside every round are counted in the coverage answer, per district in scope', async () => {
    const count = async (who: Client) => (await who.get('/api/gas/coverage')).body.outsideRound.find((r: any) => r.district === '630222') ?? { visits: 0, hazards: 0 };
    const before = await count(official);
    expect((await visit({ visitedOn: outsideDay })).status).toBe(201);
    expect((await i3.post('/api/gas/hazards', hazardInput(venue.id, { foundAt: outsideDay, deadline: outsideDay }))).status).toBe(201);
    const after = await count(official);
    expect([after.visits, after.hazards]).toEqual([before.visits + 1, before.hazards + 1]);
    expect(await count(i3)).toEqual(after);
    expect((await i1.get('/api/gas/coverage')).body.outsideRound.every((r: any) => r.district === '630202')).toBe(true);
  });

  test('a visit in the future is 400 naming visitedOn, nothing written', async () => {
    const r = await visit({ visitedOn: '2999-01-01' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'visit_in_future', field: 'visitedOn' });
  });

  test('a hazard outside every round is listed, filtered, mapped and carries 整改要求 and its position', async () => {
    const position = { lon: venue.lon + 0.0003, lat: venue.lat, accuracy: 12 };
    const created = await i3.post('/api/gas/hazards', hazardInput(venue.id, { foundAt: outsideDay, deadline: '2001-06-30', rectificationRequirement: '7日内更换金属软管并报验', position }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ campaignId: null, roundNo: null, outsideRound: true });
    expect(created.body.roundRule.zh).toBeTypeOf('string');
    const id = created.body.id;
    const detail = (await i3.get(`/api/gas/hazards/${id}`)).body;
    expect(detail).toMatchObject({ rectificationRequirement: '7日内更换金属软管并报验', outsideRound: true, position });
    const listed = (await i3.get(`/api/gas/hazards?venueId=${venue.id}&outsideRound=true&limit=5000`)).body;
    expect(listed.features.find((f: any) => f.id === id)?.properties.outsideRound).toBe(true);
    const inRound = (await i3.get(`/api/gas/hazards?venueId=${venue.id}&outsideRound=false&limit=5000`)).body;
    expect(inRound.features.some((f: any) => f.id === id)).toBe(false);
    const d = 0.001;
    const clusters = (await i3.get(`/api/gas/hazards/clusters?bbox=${venue.lon - d},${venue.lat - d},${venue.lon + d},${venue.lat + d}&zoom=22&outsideRound=true`)).body;
    expect(clusters.features.some((f: any) => f.properties.id === id || f.properties.cluster)).toBe(true);
  });

  test('on-site check: near → true, far or imprecise → false, none → null; never refused', async () => {
    const near = await visit({ position: { lon: venue.lon + 0.001, lat: venue.lat, accuracy: 15 } });
    expect(near.status).toBe(201);
    expect(near.body.onSite).toBe(true);
    // Hand check: 0.001° of longitude at this latitude, by the haversine distance.
    expect(near.body.distanceM).toBeCloseTo(distanceM(venue, { lon: venue.lon + 0.001, lat: venue.lat }), 0);
    expect(near.body.distanceM).toBeGreaterThan(80);
    expect(near.body.distanceM).toBeLessThan(95);
    const far = await visit({ position: { lon: venue.lon + 0.01, lat: venue.lat, accuracy: 15 } });
    expect([far.status, far.body.onSite]).toEqual([201, false]);
    expect(far.body.distanceM).toBeGreaterThan(800);
    const blurred = await visit({ position: { lon: venue.lon, lat: venue.lat, accuracy: 900 } });
    expect([blurred.status, blurred.body.onSite]).toEqual([201, false]);
    const none = await visit();
    expect([none.status, none.body.onSite, none.body.distanceM]).toEqual([201, null, null]);

    const review = (await official.get('/api/gas/visits/unverified?district=630222&limit=5000')).body;
    const ids = review.features.map((f: any) => f.id);
    expect(ids).toEqual(expect.arrayContaining([far.body.id, blurred.body.id, none.body.id]));
    expect(ids).not.toContain(near.body.id);
    expect(review.rule.maxDistanceM).toBe(200);
    const farOne = review.features.find((f: any) => f.id === far.body.id);
    expect(farOne.properties).toMatchObject({ onSite: false, venueId: venue.id, position: { accuracy: 15 } });
    expect(farOne.geometry.coordinates[0]).toBeCloseTo(venue.lon, 5);
    const noPosition = (await official.get('/api/gas/visits/unverified?reason=no_position&district=630222&limit=5000')).body.features.map((f: any) => f.id);
    expect(noPosition).toContain(none.body.id);
    expect(noPosition).not.toContain(far.body.id);
    // The inspector of group 3 sees the own district's; group 1's inspector none of them.
    expect((await i3.get('/api/gas/visits/unverified?limit=5000')).body.features.map((f: any) => f.id)).toContain(far.body.id);
    const other = (await i1.get('/api/gas/visits/unverified?limit=5000')).body;
    expect(other.features.every((f: any) => f.properties.districtCode === '630202')).toBe(true);
  });

  test('hazards get the same on-site check: far, imprecise or no position are listed for review beside visits', async () => {
    const hazard = (position?: { lon: number; lat: number; accuracy: number }) => i3.post('/api/gas/hazards', hazardInput(venue.id, position ? { position } : {}));
    const near = await hazard({ lon: venue.lon + 0.001, lat: venue.lat, accuracy: 15 });
    expect([near.status, near.body.onSite]).toEqual([201, true]);
    expect(near.body.distanceM).toBeCloseTo(distanceM(venue, { lon: venue.lon + 0.001, lat: venue.lat }), 0);
    expect(near.body.onSiteRule).toBe('haidong-field-2026');
    // 0.01° of longitude at 36° N is about 900 m, past the rule's 200 m.
    const far = await hazard({ lon: venue.lon + 0.01, lat: venue.lat, accuracy: 15 });
    expect([far.status, far.body.onSite]).toEqual([201, false]);
    expect(far.body.distanceM).toBeGreaterThan(800);
    const blurred = await hazard({ lon: venue.lon, lat: venue.lat, accuracy: 900 });
    expect([blurred.status, blurred.body.onSite]).toEqual([201, false]);
    const none = await hazard();
    expect([none.status, none.body.onSite, none.body.distanceM]).toEqual([201, null, null]);

    const review = (await official.get('/api/gas/hazards/unverified?district=630222&limit=5000')).body;
    const ids = review.features.map((f: any) => f.id);
    expect(ids).toEqual(expect.arrayContaining([far.body.id, blurred.body.id, none.body.id]));
    expect(ids).not.toContain(near.body.id);
    expect(review.rule.maxDistanceM).toBe(200);
    expect(review.total).toBeGreaterThanOrEqual(3);
    const farOne = review.features.find((f: any) => f.id === far.body.id);
    expect(farOne.properties).toMatchObject({ onSite: false, venueId: venue.id, position: { accuracy: 15 }, status: 'found', description: hazardInput(venue.id).description });
    expect(farOne.geometry.coordinates[0]).toBeCloseTo(venue.lon, 5);
    const far2 = (await official.get('/api/gas/hazards/unverified?reason=far&district=630222&limit=5000')).body.features.map((f: any) => f.id);
    expect(far2).toEqual(expect.arrayContaining([far.body.id, blurred.body.id]));
    expect(far2).not.toContain(none.body.id);
    // The hazard's review list is its own: the visits' list does not carry hazard ids as visits.
    const visitsReview = (await official.get('/api/gas/visits/unverified?district=630222&limit=5000')).body.features;
    expect(visitsReview.every((f: any) => 'visitedOn' in f.properties)).toBe(true);
    // Scope: group 3's inspector sees them, group 1's only the own district.
    expect((await i3.get('/api/gas/hazards/unverified?limit=5000')).body.features.map((f: any) => f.id)).toContain(far.body.id);
    const other = (await i1.get('/api/gas/hazards/unverified?limit=5000')).body;
    expect(other.features.every((f: any) => f.properties.districtCode === '630202')).toBe(true);
  });

  test.each([
    [{ lon: 0, lat: 0, accuracy: 10 }, 'position.lon'],
    [{ lon: 102.1, lat: 60, accuracy: 10 }, 'position.lat'],
    [{ lon: 102.1, lat: 36.5, accuracy: 0 }, 'position.accuracy'],
    [{ lon: 102.1, lat: 36.5, accuracy: -3 }, 'position.accuracy'],
    [{ lon: 102.1, lat: 36.5 }, 'position.accuracy'],
  ])('position %j → 400 naming %s, nothing written', async (position, field) => {
    const before = (await official.get(`/api/gas/visits/unverified?district=630222&limit=1`)).body.total;
    const r = await visit({ position });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe(field);
    const h = await i3.post('/api/gas/hazards', hazardInput(venue.id, { position }));
    expect(h.status).toBe(400);
    expect((await official.get(`/api/gas/visits/unverified?district=630222&limit=1`)).body.total).toBe(before);
  });
});
