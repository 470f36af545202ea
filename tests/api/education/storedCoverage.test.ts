import { describe, expect, test, beforeAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client';
import { catchmentLoads, townshipCoverage, uncoveredGrid } from '../../../db/repositories/educationAnalyses';
import { ageBandsFor } from '../../../api/services/education/ageBands';
import { invalidateEducationAnalyses } from '../../../api/services/education/storedCoverage';
import { getTestApp, testDatabases, TEST_TODAY, type TestApp, type Client } from '../../helpers/testApp';

// The coverage analyses run on the in-memory engine with a per-database cache; PostGIS ST_Covers
// (the SQL reference in db/repositories/educationAnalyses.ts) must give exactly the same numbers.
const asOf = TEST_TODAY;
const utilization = (children: number, capacity: number) => (capacity > 0 ? Math.round((children / capacity) * 10_000) / 10_000 : null);

describe.each(testDatabases)('stored coverage (in-memory engine, cached) on %s', (kind) => {
  let app: TestApp;
  let edu: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    edu = await app.login('education');
    invalidateEducationAnalyses();
  });

  async function expectEqualToPostgis(county?: string) {
    const q = county ? `&county=${county}` : '';
    const r = await edu.get(`/api/education/coverage/summary?asOf=${asOf}${q}`);
    expect(r.status).toBe(200);
    const bands = ageBandsFor(asOf);
    const loads = await catchmentLoads(app.database.db, bands, county);
    const townships = await townshipCoverage(app.database.db, bands, county);
    expect(r.body.catchments).toEqual(loads.map((l) => ({ ...l, utilization: utilization(l.children, l.capacity) })));
    expect(r.body.townships.map(({ uncoveredShare: _s, ...t }: { uncoveredShare: number | null }) => t)).toEqual(townships);
    return { body: r.body, loads, townships };
  }

  test('summary counts equal the PostGIS ST_Covers join, city-wide and for one county', async () => {
    const { loads, townships } = await expectEqualToPostgis();
    // The comparison must not pass on empty data: children are counted and some are uncovered.
    expect(loads.reduce((a, l) => a + l.children, 0)).toBeGreaterThan(100);
    expect(townships.reduce((a, t) => a + t.uncovered, 0)).toBeGreaterThan(0);
    await expectEqualToPostgis('630222');
  });

  test('catchment layer and uncovered density grid equal PostGIS too', async () => {
    const bands = ageBandsFor(asOf);
    const layer = await edu.get(`/api/education/coverage/catchments?asOf=${asOf}`);
    expect(layer.status).toBe(200);
    const loads = new Map((await catchmentLoads(app.database.db, bands)).map((l) => [l.catchmentId, l.children]));
    expect(layer.body.features.length).toBe(loads.size);
    for (const f of layer.body.features) expect(f.properties.children, `catchment ${f.id}`).toBe(loads.get(f.id));
    for (const [cell, county] of [[0.05, undefined], [0.02, '630202']] as const) {
      const grid = await edu.get(`/api/education/uncovered-density?asOf=${asOf}&cellDegrees=${cell}${county ? `&county=${county}` : ''}`);
      expect(grid.status).toBe(200);
      const cells = await uncoveredGrid(app.database.db, bands, cell, county);
      expect(grid.body.features.map((f: { properties: { count: number }; geometry: { coordinates: number[][][] } }) => [f.geometry.coordinates[0][0], f.properties.count])).toEqual(
        cells.map((c) => [[Math.round(c.x * 1e6) / 1e6, Math.round(c.y * 1e6) / 1e6], c.count]),
      );
    }
  });

  test('cached between requests; an education write in this process drops the cache (a child on a catchment edge counts)', async () => {
    const before = await expectEqualToPostgis();
    // Another instance adds a child exactly on a vertex of a primary catchment (ST_Covers: inside).
    const [target] = await queryRows<{ id: number }>(app.database.db, sql`select id from edu_catchments where level = 'primary' order by id limit 1`);
    const idNumber = `T${kind}${Date.now()}`.slice(0, 18);
    await app.database.db.execute(sql`
      insert into edu_children (id_number, name, sex, birth_date, county_code, township_code, village_code, resident_county_code, home)
      select ${idNumber}, '测试', 1, '2018-01-01', s.county_code, s.township_code, 'v', s.county_code,
        ST_PointN(ST_ExteriorRing(ST_GeometryN(ct.geom, 1)), 1)
      from edu_catchments ct join edu_schools s on s.id = ct.school_id where ct.id = ${target!.id}`);
    try {
      const cached = await edu.get(`/api/education/coverage/summary?asOf=${asOf}`);
      expect(cached.body).toEqual(before.body);
      // Any successful education write (here an escalation event on an open case) invalidates.
      const open = await edu.get('/api/education/cases?status=open&kind=dropout&limit=1&offset=0');
      const caseId = open.body.cases[0].id as number;
      expect((await edu.post(`/api/education/cases/${caseId}/escalation`, { event: 'home_visit_failed', date: asOf })).status).toBe(201);
      const after = await expectEqualToPostgis();
      const row = (b: { catchments: { catchmentId: number; children: number }[] }) => b.catchments.find((c) => c.catchmentId === Number(target!.id))!.children;
      // Age on 2026-08-31: 2026 − 2018 = 8 → primary; on the vertex → counted once more.
      expect(row(after.body)).toBe(row(before.body) + 1);
    } finally {
      await app.database.db.execute(sql`delete from edu_children where id_number = ${idNumber}`);
      invalidateEducationAnalyses();
    }
    await expectEqualToPostgis();
  });
});
