import { describe, expect, test, beforeAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client';
import { getTestApp, testDatabases, type TestApp, type Client } from '../../helpers/testApp';

// Schools marked for open gas hazards: a gas venue of type 'school' within 200 m of the school
// point, hazards not verified. The test places its own venues beside one school and reads deltas,
// since the demo gas data may already put a school venue near it.
interface SchoolGas {
  schoolCode: string;
  venues: number;
  openHazards: number;
  majorHazards: number;
  overdueHazards: number;
}
const zero = { venues: 0, openHazards: 0, majorHazards: 0, overdueHazards: 0 };
const secret = 'TEST-HAZARD-TEXT-不得外泄';

describe.each(testDatabases)('schools with open gas hazards on %s', (kind) => {
  let app: TestApp;
  let edu: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    edu = await app.login('education');
  });

  const of = (body: { schools: SchoolGas[] }, code: string) => {
    const s = body.schools.find((x) => x.schoolCode === code);
    return s ? { venues: s.venues, openHazards: s.openHazards, majorHazards: s.majorHazards, overdueHazards: s.overdueHazards } : zero;
  };

  test('counts unverified hazards of school venues within the radius, states the rule, aggregates only', async () => {
    const [school] = await queryRows<{ code: string; x: number; y: number }>(
      app.database.db,
      sql`select code, ST_X(geom) as x, ST_Y(geom) as y from edu_schools where county_code = '630222' order by code limit 1`,
    );
    const code = school!.code;
    const before200 = (await edu.get('/api/education/schools/gas-hazards?county=630222')).body;
    const before400 = (await edu.get('/api/education/schools/gas-hazards?county=630222&radiusMeters=400')).body;
    // Near: 0.0009° of latitude ≈ 100 m north (1° ≈ 111 km). Far: 0.0027° ≈ 300 m north.
    const venue = async (name: string, type: string, dLat: number) => {
      const [v] = await queryRows<{ id: number }>(
        app.database.db,
        sql`insert into gas_venues (name, venue_type, pipeline_user_kind, county_code, district_code, geom)
            values (${name}, ${type}, 'non_residential', '630222', '630222', ST_SetSRID(ST_MakePoint(${Number(school!.x)}, ${Number(school!.y) + dLat}), 4326)) returning id`,
      );
      return Number(v!.id);
    };
    const near = await venue('测试学校食堂', 'school', 0.0009);
    const far = await venue('测试远处学校', 'school', 0.0027);
    const restaurant = await venue('测试餐馆', 'restaurant', 0.0003);
    const hazard = (venueId: number, type: string, severity: string, status: string, deadline: string) =>
      app.database.db.execute(sql`insert into gas_hazards (venue_id, district_code, county_code, venue_type, group_no, category, description, severity, status,
          responsible_unit, responsible_person, measures, found_on, deadline, geom)
        select id, district_code, county_code, ${type}, 3, 'hose_too_long', ${secret}, ${severity}, ${status}, '测试单位', '测试人', '更换', '2020-01-01', ${deadline}, geom
        from gas_venues where id = ${venueId}`);
    try {
      await hazard(near, 'school', 'major', 'found', '2020-01-10'); // open, major, overdue (deadline passed, not rectified)
      await hazard(near, 'school', 'general', 'rectified', '2020-01-10'); // open until verified; not overdue (rectified)
      await hazard(near, 'school', 'major', 'verified', '2020-01-10'); // 销号: not counted
      await hazard(far, 'school', 'general', 'rectifying', '2999-01-01'); // 300 m: only with radius 400
      await hazard(restaurant, 'restaurant', 'major', 'found', '2020-01-10'); // not a school venue

      const r = await edu.get('/api/education/schools/gas-hazards?county=630222');
      expect(r.status).toBe(200);
      expect(r.body.rule).toMatchObject({ radiusMeters: 200, venueType: 'school', statuses: ['found', 'rectifying', 'rectified'] });
      expect(r.body.rule.en).toContain('200 m');
      const b = of(before200, code);
      // +1 venue (near), +2 open (found, rectified), +1 major (found), +1 overdue (found, 2020-01-10 passed)
      expect(of(r.body, code)).toEqual({ venues: b.venues + 1, openHazards: b.openHazards + 2, majorHazards: b.majorHazards + 1, overdueHazards: b.overdueHazards + 1 });
      expect(r.text).not.toContain(secret);
      expect(r.text).not.toContain('测试人');

      const wide = await edu.get('/api/education/schools/gas-hazards?county=630222&radiusMeters=400');
      const w = of(before400, code);
      // 400 m adds the far venue and its rectifying hazard (general, deadline 2999 → not overdue)
      expect(of(wide.body, code)).toEqual({ venues: w.venues + 2, openHazards: w.openHazards + 3, majorHazards: w.majorHazards + 1, overdueHazards: w.overdueHazards + 1 });

      const official = await app.login('official');
      expect((await official.get('/api/education/schools/gas-hazards')).status).toBe(200);
      for (const who of ['planner', 'inspector3']) expect((await (await app.login(who)).get('/api/education/schools/gas-hazards')).status).toBe(403);
      const bad = await edu.get('/api/education/schools/gas-hazards?radiusMeters=abc');
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('radiusMeters');
    } finally {
      await app.database.db.execute(sql`delete from gas_hazards where description = ${secret}`);
      await app.database.db.execute(sql`delete from gas_venues where id in (${near}, ${far}, ${restaurant})`);
    }
  });
});
