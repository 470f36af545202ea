import { describe, expect, test, beforeAll } from 'vitest';
import { getTestApp, testDatabases, type TestApp, type Client } from '../../helpers/testApp';

// Hand-built fixture; asOf 2026-11-20 → reference day 2026-08-31 (school year 2026–27).
// IDs are GB 11643 numbers checked by hand: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 → '10X98765432'.
const A = '630202201503100815'; // 11 on 2026-08-31 (2026 − 2015), primary; in school
const B = '630202201405010824'; // 12, junior; enrolled, not in school, poverty → dropout + poverty dropout
const C = '630203201612010858'; // 2026 − 2016 − 1 (born after 08-31) = 9; household only → out of school
const D = '63020320190202086X'; // 7; enrolled, not in school → dropout
const E = '630202200801010000'; // 18 → not school age (check digit deliberately ignored: see G)
const G = '630202201601010819'; // check character should not be 9 → invalid household row
const H = '630222201707070895'; // valid number, recorded birth date 2017-07-08 ≠ 20170707 → birth_date_mismatch
const F = '630223201310100909'; // enrolled and in school, but no household row → notInHousehold

describe.each(testDatabases)('education stateless contracts on %s', (kind) => {
  let app: TestApp;
  let edu: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    edu = await app.login('education');
  });

  test('cross-check: hand-computed lists, invalid IDs reported and excluded', async () => {
    const r = await edu.post('/api/education/cross-check', {
      asOf: '2026-11-20',
      household: [
        { id: A, name: '甲', birthDate: '2015-03-10', countyCode: '630202' },
        { id: B, name: '乙', birthDate: '2014-05-01', countyCode: '630202' },
        { id: C, name: '丙', birthDate: '2016-12-01', countyCode: '630203' },
        { id: D, name: '丁', birthDate: '2019-02-02', countyCode: '630203' },
        { id: G, name: '庚', birthDate: '2016-01-01', countyCode: '630202' },
        { id: H, name: '辛', birthDate: '2017-07-08', countyCode: '630222' },
      ],
      students: [
        { id: A, schoolCode: 'S1', countyCode: '630202' },
        { id: B, schoolCode: 'S1', countyCode: '630202' },
        { id: D, schoolCode: 'S2', countyCode: '630203' },
        { id: F, schoolCode: 'S3', countyCode: '630223' },
        { id: '12345', schoolCode: 'S3', countyCode: '630223' },
      ],
      inSchool: [{ id: A }, { id: F }],
      poverty: [{ id: B }, { id: C }],
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    // out of school: C only (A, B, D enrolled; G and H invalid → excluded)
    expect(r.body.outOfSchool).toEqual([C]);
    // dropouts: enrolled B, D, '12345' not in school; '12345' invalid → excluded; sorted B < D
    expect(r.body.dropouts).toEqual([B, D]);
    expect(r.body.povertyDropouts).toEqual([B]);
    // F is the only valid student without a household row
    expect(r.body.notInHousehold).toEqual([F]);
    expect(r.body.invalidIds).toEqual([
      { id: '12345', source: 'students', reason: 'length' },
      { id: G, source: 'household', reason: 'check_digit' },
      { id: H, source: 'household', reason: 'birth_date_mismatch' },
    ]);
    expect(r.body.counts).toMatchObject({ household: 6, students: 5, inSchool: 2, poverty: 2, outOfSchool: 1, dropouts: 2, povertyDropouts: 1, notInHousehold: 1, invalidIds: 3 });
    void E;
  });

  test('cross-check: a birth date that is not a date is a 400 naming the field', async () => {
    const r = await edu.post('/api/education/cross-check', {
      asOf: '2026-11-20',
      household: [{ id: A, name: '甲', birthDate: '2015-02-30', countyCode: '630202' }],
      students: [],
      inSchool: [],
      poverty: [],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('household[0].birthDate');
    const missing = await edu.post('/api/education/cross-check', { asOf: '2026-11-20', household: [], students: [], inSchool: [] });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('poverty');
    const malformed = await edu.send('POST', '/api/education/cross-check', '{"asOf":', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
  });

  // Unit squares placed at (102°E, 36°N): the contract accepts geometry inside China only.
  const at = (x: number, y: number) => [102 + x / 100, 36 + y / 100];
  const square = (x0: number, x1: number) => ({ type: 'Polygon', coordinates: [[at(x0, 0), at(x1, 0), at(x1, 2), at(x0, 2), at(x0, 0)]] });
  const child = (id: string, x: number, y: number, age: number) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: at(x, y) }, properties: { id, age } });

  test('coverage: counts per catchment, shared edge counts in both, uncovered and overlaps', async () => {
    const r = await edu.post('/api/education/coverage', {
      catchments: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: square(0, 2), properties: { schoolId: 'P1', level: 'primary', capacity: 4 } },
          { type: 'Feature', geometry: square(2, 4), properties: { schoolId: 'P2', level: 'primary', capacity: 2 } },
          { type: 'Feature', geometry: square(0, 4), properties: { schoolId: 'J1', level: 'junior', capacity: 10 } },
        ],
      },
      children: {
        type: 'FeatureCollection',
        features: [child('c1', 1, 1, 8), child('c2', 2, 1, 9), child('c3', 3, 1, 7), child('c4', 5, 5, 10), child('c5', 1, 1, 13), child('c6', 5, 1, 14), child('c7', 1, 1, 3)],
      },
    });
    expect(r.status).toBe(200);
    expect(r.body.catchments).toEqual([
      { schoolId: 'P1', level: 'primary', children: 2, capacity: 4, utilization: 0.5 }, // c1, c2 → 2 / 4
      { schoolId: 'P2', level: 'primary', children: 2, capacity: 2, utilization: 1 }, // c2 (edge), c3 → 2 / 2
      { schoolId: 'J1', level: 'junior', children: 1, capacity: 10, utilization: 0.1 }, // c5 → 1 / 10
    ]);
    expect(r.body.uncovered).toEqual(['c4', 'c6']); // c7 is 3: not school age
    expect(r.body.overlaps).toEqual([{ id: 'c2', schoolIds: ['P1', 'P2'] }]);
  });

  test('coverage: a catchment that is not a polygon is a 400 naming the field', async () => {
    const r = await edu.post('/api/education/coverage', {
      catchments: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { schoolId: 'P1', level: 'primary', capacity: 4 } }] },
      children: { type: 'FeatureCollection', features: [] },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toMatch(/^catchments\.features\[0\]\.geometry/);
    const age = await edu.post('/api/education/coverage', {
      catchments: { type: 'FeatureCollection', features: [] },
      children: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [102, 36] }, properties: { id: 'x', age: 'seven' } }] },
    });
    expect(age.status).toBe(400);
    expect(age.body.error.field).toBe('children.features[0].properties.age');
  });
});
