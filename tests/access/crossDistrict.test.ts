import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../db/client';
import { districtOfInspector, gasDistricts, hazardBody, roundDay, sessionOf, tableCounts, type Principal } from '../helpers/accessFixtures';
import { getTestApp, testDatabases, type TestApp } from '../helpers/testApp';

// 1,000 randomized requests per run by an area-group inspector against ANOTHER district's objects:
// ids in the path, the query and the body, and writes that try to move an object's district,
// group, owner or role. One seed per run, printed on failure (replay with ACCESS_SEED=…).
const seed = Number(process.env.ACCESS_SEED ?? Date.now() % 2 ** 31);
const runs = 1000;

// The gas API's answer for another district's object is 404 (getHazard: "reported as absent,
// never the data"), the same as for a missing id: every denial here must be exactly that.
const denial = 404;

const inspectors = Object.keys(districtOfInspector) as Principal[];
const groupOf = (who: string) => Number(who.replace('inspector', ''));
const statuses = ['found', 'rectifying', 'rectified', 'verified'] as const;

interface Probe {
  who: Principal;
  other: string;
  label: string;
  method: string;
  path: string;
  body?: unknown;
  /** Lists answer 200 with nothing of the other district; object access answers the denial. */
  expect: 'denied' | 'empty';
}

describe.each(testDatabases)(`randomized cross-district requests on %s (seed ${seed})`, (kind) => {
  let app: TestApp;
  const hazards = new Map<string, number[]>();
  const venues = new Map<string, number[]>();
  let day = '';
  beforeAll(async () => {
    app = await getTestApp(kind);
    for (const d of gasDistricts) {
      const h = await queryRows<{ id: number }>(app.database.db, sql`select id from gas_hazards where district_code = ${d} order by id limit 25`);
      const v = await queryRows<{ id: number }>(app.database.db, sql`select id from gas_venues where district_code = ${d} order by id limit 25`);
      hazards.set(d, h.map((r) => Number(r.id)));
      venues.set(d, v.map((r) => Number(r.id)));
    }
    day = await roundDay(app);
  });

  const probeArb = (): fc.Arbitrary<Probe> =>
    fc
      .record({
        who: fc.constantFrom(...inspectors),
        otherIndex: fc.nat({ max: 5 }),
        kind: fc.nat({ max: 15 }),
        pick: fc.nat({ max: 24 }),
        status: fc.constantFrom(...statuses),
        otherGroup: fc.nat({ max: 5 }),
      })
      .map(({ who, otherIndex, kind, pick, status, otherGroup }) => {
        const own = districtOfInspector[who]!;
        const other = gasDistricts.filter((d) => d !== own)[otherIndex]!;
        const hs = hazards.get(other)!;
        const vs = venues.get(other)!;
        const hazard = hs[pick % Math.max(1, hs.length)] ?? 2_000_000_000;
        const venue = vs[pick % Math.max(1, vs.length)] ?? 2_000_000_000;
        const group = [1, 2, 3, 4, 5, 6, 7].filter((g) => g !== groupOf(who))[otherGroup]!;
        const injected = { districtCode: own, district: own, groupNo: groupOf(who), createdBy: who, owner: who, role: 'admin' };
        const base = { who, other };
        switch (kind) {
          case 0:
            return { ...base, label: 'hazard id in path', method: 'GET', path: `/api/gas/hazards/${hazard}`, expect: 'denied' };
          case 1:
            return { ...base, label: 'transition of another district\'s hazard', method: 'POST', path: `/api/gas/hazards/${hazard}/transition`, body: { to: status }, expect: 'denied' };
          case 2:
            return { ...base, label: 'PATCH district/group/owner/role', method: 'PATCH', path: `/api/gas/hazards/${hazard}`, body: { ...injected, status }, expect: 'denied' };
          case 3:
            return { ...base, label: 'PUT district/group/owner/role', method: 'PUT', path: `/api/gas/hazards/${hazard}`, body: injected, expect: 'denied' };
          case 4:
            return { ...base, label: 'hazard at another district\'s venue', method: 'POST', path: '/api/gas/hazards', body: hazardBody(venue), expect: 'denied' };
          case 5:
            return { ...base, label: 'hazard at another district\'s venue, own district claimed', method: 'POST', path: '/api/gas/hazards', body: { ...hazardBody(venue), ...injected }, expect: 'denied' };
          case 6:
            return { ...base, label: 'visit at another district\'s venue', method: 'POST', path: '/api/gas/visits', body: { venueId: venue, visitedOn: day, inspectors: '张三', ...(pick % 2 ? injected : {}) }, expect: 'denied' };
          case 7:
            return { ...base, label: 'another group\'s report', method: 'GET', path: `/api/gas/reports/${group}/1`, expect: 'denied' };
          case 8:
            return { ...base, label: 'edit another group\'s report', method: 'PUT', path: `/api/gas/reports/${group}/1`, body: { sections: {} }, expect: 'denied' };
          case 9:
            return { ...base, label: 'hazard list filtered to another district', method: 'GET', path: `/api/gas/hazards?district=${other}&status=${status}`, expect: 'empty' };
          case 10:
            return { ...base, label: 'hazard list by another district\'s venue', method: 'GET', path: `/api/gas/hazards?venueId=${venue}`, expect: 'empty' };
          case 11:
            return { ...base, label: 'venue list filtered to another district', method: 'GET', path: `/api/gas/venues?district=${other}`, expect: 'empty' };
          case 12:
            return { ...base, label: 'due checks filtered to another district', method: 'GET', path: `/api/gas/safety-checks/due?district=${other}`, expect: 'empty' };
          case 14:
            return { ...base, label: 'enforcement outcome of another district\'s hazard', method: 'PATCH', path: `/api/gas/hazards/${hazard}/enforcement`, body: { enforcementOutcome: 'punish', fineYuan: 5000 }, expect: 'denied' };
          case 15:
            return { ...base, label: 'item in another group\'s report', method: 'POST', path: `/api/gas/reports/${group}/1/items`, body: { kind: 'problem', text: '越权录入' }, expect: 'denied' };
          default:
            return { ...base, label: 'hazard list with group of another district', method: 'GET', path: `/api/gas/hazards?group=${group}`, expect: 'empty' };
        }
      });

  test(`${runs} requests: 0 leaks, one denial status (${denial}), nothing written`, async () => {
    const probes = fc.sample(probeArb(), { seed, numRuns: runs });
    const before = await tableCounts(app);
    const problems: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < probes.length) {
        const p = probes[next++]!;
        const c = await sessionOf(app, p.who);
        const r = await c.request(p.method, p.path, p.body);
        const where = `${p.who} ${p.method} ${p.path} [${p.label}]`;
        // A leak: anything of the other district in the answer, whatever the status.
        if (r.text.includes(`"districtCode":"${p.other}"`)) problems.push(`LEAK ${where}: ${r.text.slice(0, 200)}`);
        if (p.expect === 'denied' && r.status !== denial) problems.push(`${where}: want ${denial}, got ${r.status} ${r.text.slice(0, 160)}`);
        if (p.expect === 'empty' && r.status !== 200 && r.status !== denial) problems.push(`${where}: want 200 (empty) or ${denial}, got ${r.status} ${r.text.slice(0, 160)}`);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    const after = await tableCounts(app);
    const written = Object.keys(after).filter((t) => after[t] !== before[t]).map((t) => `${t} ${before[t]}→${after[t]}`);
    const summary = [...new Set(problems.map((p) => p.replace(/inspector\d|\d+/g, '#').slice(0, 140)))];
    expect({ problems: problems.length, kinds: summary.slice(0, 20), written }, `seed ${seed} (replay with ACCESS_SEED=${seed})`).toEqual({ problems: 0, kinds: [], written: [] });
  });

  test('a hazard recorded at an own venue keeps the venue\'s district and the inspector\'s group, whatever the body claims', async () => {
    const c = await sessionOf(app, 'inspector3');
    const venue = venues.get('630222')![0]!;
    const r = await c.post('/api/gas/hazards', { ...hazardBody(venue), districtCode: '630202', groupNo: 1, createdBy: 'admin', role: 'admin' });
    expect(r.status, r.text).toBe(201);
    const [row] = await queryRows<{ d: string; g: number; by: string }>(app.database.db, sql`select district_code as d, group_no as g, created_by as by from gas_hazards where id = ${r.body.id}`);
    expect(row).toEqual({ d: '630222', g: 3, by: 'inspector3' });
  });
});
