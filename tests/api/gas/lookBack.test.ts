import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { hazardInput } from './gasHelpers';

describe.each(testDatabases)('回头看 and inspection days on %s', (kind) => {
  let app: TestApp;
  let i3: Client;
  let i1: Client;
  let official: Client;
  let campaign: { id: string; rounds: { no: number; startsOn: string; endsOn: string }[] };
  let venueId: number;

  beforeAll(async () => {
    app = await getTestApp(kind);
    [i3, i1, official] = await Promise.all([app.login('inspector3'), app.login('inspector1'), app.login('official')]);
    // The current campaign, as the coverage answers it (the look-back defaults to the same one).
    const cov = (await official.get('/api/gas/coverage')).body;
    campaign = { id: cov.campaignId, rounds: cov.rounds };
    // A fresh venue, so no demo hazard shares its venue and category.
    const [at] = await queryRows<{ lon: number; lat: number }>(app.database.db, sql`select ST_X(geom) as lon, ST_Y(geom) as lat from gas_venues where district_code = '630222' order by id limit 1`);
    venueId = (await i3.post('/api/gas/venues', { name: '回头看测试场所', venueType: 'restaurant', pipelineUserKind: 'none', location: { lon: Number(at!.lon), lat: Number(at!.lat) } })).body.id;
  });

  test('each round-1 hazard gets its fate in round 2; counted per group and district; GeoJSON carries the fate', async () => {
    const [r1, r2] = campaign.rounds;
    const day1 = r1!.startsOn;
    const day2 = r2!.startsOn;
    const mk = async (category: string, over: Record<string, unknown> = {}) => {
      const r = await i3.post('/api/gas/hazards', hazardInput(venueId, { category, foundAt: day1, ...over }));
      expect(r.body.roundNo, r.text).toBe(r1!.no);
      return r.body.id as number;
    };
    const overdue = await mk('alarm_missing', { deadline: day1 });
    const verified = await mk('hose_too_long');
    for (const to of ['rectifying', 'rectified', 'verified']) expect((await i3.post(`/api/gas/hazards/${verified}/transition`, { to })).status).toBe(200);
    const open = await mk('regulator_aged');
    const again = await mk('expired_cylinder');
    for (const to of ['rectifying', 'rectified', 'verified']) await i3.post(`/api/gas/hazards/${again}/transition`, { to });
    const second = await i3.post('/api/gas/hazards', hazardInput(venueId, { category: 'expired_cylinder', foundAt: day2 }));
    expect(second.body.roundNo).toBe(r2!.no);

    const r = await i3.get(`/api/gas/look-back?campaignId=${campaign.id}`);
    expect(r.status, r.text).toBe(200);
    const fate = (id: number) => r.body.features.find((f: any) => f.id === id)?.properties.fate;
    expect([fate(overdue), fate(verified), fate(open), fate(again)]).toEqual(['overdue', 'rectified_verified', 'still_open', 'refound']);
    expect(fate(second.body.id)).toBeUndefined(); // round-2 hazards are not looked back at
    const row = r.body.rows.find((x: any) => x.groupNo === 3 && x.districtCode === '630222');
    expect(row.total).toBe(row.refound + row.rectified_verified + row.overdue + row.still_open);
    expect(row.total).toBe(r.body.features.filter((f: any) => f.properties.groupNo === 3 && f.properties.districtCode === '630222').length);
    expect(r.body.fateLabels.refound.zh).toBe('再次发现');
    // Scope: group 1's inspector sees none of district 630222's; the official can filter to it.
    const other = (await i1.get('/api/gas/look-back')).body;
    expect(other.features.every((f: any) => f.properties.districtCode === '630202')).toBe(true);
    const filtered = (await official.get(`/api/gas/look-back?district=630222&group=3`)).body;
    expect(filtered.rows).toEqual([row]);
    expect((await official.get('/api/gas/look-back?campaignId=no-such-campaign')).status).toBe(404);
  });

  test('inspection days per group, district and round are counted from visits and flagged below 7 (§一(一))', async () => {
    const round = campaign.rounds[0]!;
    const daysNow = async () => {
      const cov = (await official.get(`/api/gas/coverage?campaign=${campaign.id}`)).body;
      return cov.rows.find((x: any) => x.groupNo === 3 && x.roundNo === round.no && x.district === '630222');
    };
    const [counted] = await queryRows<{ n: number }>(
      app.database.db,
      sql`select count(distinct visited_on)::int as n from gas_visits where group_no = 3 and campaign_id = ${campaign.id} and round_no = ${round.no} and district_code = '630222'`,
    );
    const before = await daysNow();
    expect(before.inspectionDays).toBe(Number(counted!.n));
    expect(before.minDaysPerRound).toBe(7);
    expect(before.belowMinDays).toBe(before.inspectionDays < 7);
    // A visit on a day of the round without any visit of group 3 there adds one day; a second visit that day does not.
    const [free] = await queryRows<{ d: string }>(
      app.database.db,
      sql`select to_char(d, 'YYYY-MM-DD') as d from generate_series(${round.startsOn}::date, ${round.endsOn}::date, interval '1 day') d
          where not exists (select 1 from gas_visits where group_no = 3 and district_code = '630222' and visited_on = d::date) order by d limit 1`,
    );
    if (!free) return expect(before.inspectionDays).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < 2; i++) expect((await i3.post('/api/gas/visits', { venueId, visitedOn: free.d, inspectors: '张三' })).status).toBe(201);
    const after = await daysNow();
    expect(after.inspectionDays).toBe(before.inspectionDays + 1);
    expect(after.belowMinDays).toBe(after.inspectionDays < 7);
  });
});
