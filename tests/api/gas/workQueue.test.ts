import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { addDays, addYears, chinaDate } from '../../../api/domain/shared/calendarDate';
import { hazardInQueue } from '../../../api/domain/gas/workQueue';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { hazardInput } from './gasHelpers';

describe.each(testDatabases)('work queue on %s', (kind) => {
  let app: TestApp;
  let i3: Client;
  let i1: Client;
  let official: Client;
  let venue: { id: number; lon: number; lat: number };
  const today = chinaDate(new Date());

  /** Every item of a queue query (paged through). */
  async function all(who: Client, query: string) {
    const items: any[] = [];
    for (let offset = 0; ; offset += 2000) {
      const r = await who.get(`/api/gas/work-queue?${query}&limit=2000&offset=${offset}`);
      expect(r.status, r.text).toBe(200);
      items.push(...r.body.items);
      if (items.length >= r.body.total) return { ...r.body, items };
    }
  }

  beforeAll(async () => {
    app = await getTestApp(kind);
    [i3, i1, official] = await Promise.all([app.login('inspector3'), app.login('inspector1'), app.login('official')]);
    const f = (await official.get('/api/gas/venues?district=630222&limit=1')).body.features[0];
    venue = { id: f.properties.id, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] };
  });

  test('hazards due within the days or overdue are in the queue, overdue first; fixed ones and later ones are not', async () => {
    const soon = (await i3.post('/api/gas/hazards', hazardInput(venue.id, { deadline: addDays(today, 3) }))).body.id;
    const later = (await i3.post('/api/gas/hazards', hazardInput(venue.id, { deadline: addDays(today, 10) }))).body.id;
    const late = (await i3.post('/api/gas/hazards', hazardInput(venue.id, { foundAt: addDays(today, -20), deadline: addDays(today, -5) }))).body.id;
    const fixed = (await i3.post('/api/gas/hazards', hazardInput(venue.id, { deadline: addDays(today, 1) }))).body.id;
    await i3.post(`/api/gas/hazards/${fixed}/transition`, { to: 'rectifying' });
    await i3.post(`/api/gas/hazards/${fixed}/transition`, { to: 'rectified' });

    const week = await all(i3, 'days=7&kind=hazard');
    const ids = week.items.map((i: any) => i.id);
    expect(ids).toContain(soon);
    expect(ids).toContain(late);
    expect(ids).not.toContain(later);
    expect(ids).not.toContain(fixed);
    expect(week.horizon).toBe(addDays(today, 7));
    const lateItem = week.items.find((i: any) => i.id === late);
    expect(lateItem).toMatchObject({ kind: 'hazard', overdue: true, venueId: venue.id, districtCode: '630222', groupNo: 3, dueDate: addDays(today, -5) });
    expect(lateItem.lon).toBeCloseTo(venue.lon, 5);
    expect(week.items.find((i: any) => i.id === soon).overdue).toBe(false);
    // Overdue items come before the rest.
    const firstNotOverdue = week.items.findIndex((i: any) => !i.overdue);
    expect(week.items.slice(firstNotOverdue).every((i: any) => !i.overdue)).toBe(true);
    // Every hazard listed satisfies the domain rule.
    for (const i of week.items) expect(hazardInQueue({ status: i.status, deadline: i.dueDate }, today, 7)).toBe(true);
    expect((await all(i3, 'days=14&kind=hazard')).items.map((i: any) => i.id)).toContain(later);
  });

  test('door-to-door checks due by the horizon (§三(二): non-residential yearly, residential every 2 years)', async () => {
    const [at] = await queryRows<{ lon: number; lat: number }>(app.database.db, sql`select ST_X(geom) as lon, ST_Y(geom) as lat from gas_venues where id = ${venue.id}`);
    const checked = addDays(addYears(today, -1), 3);
    const mk = async (pipelineUserKind: string) =>
      (await i3.post('/api/gas/venues', { name: `待办测试${pipelineUserKind}`, venueType: 'restaurant', pipelineUserKind, lastSafetyCheckOn: checked, location: { lon: Number(at!.lon), lat: Number(at!.lat) } })).body.id;
    const yearly = await mk('non_residential');
    const biennial = await mk('residential');
    const q = await all(i3, 'days=7&kind=safety_check');
    const item = q.items.find((i: any) => i.id === yearly);
    expect(item).toMatchObject({ kind: 'safety_check', venueId: yearly, dueDate: addDays(today, 3), overdue: false, groupNo: 3 });
    expect(q.items.some((i: any) => i.id === biennial)).toBe(false);
    expect((await all(i3, 'days=2&kind=safety_check')).items.some((i: any) => i.id === yearly)).toBe(false);
  });

  test('scope and filters: another district sees none of it; officials filter the city', async () => {
    const mine = await all(i3, 'days=7');
    expect(mine.items.every((i: any) => i.districtCode === '630222')).toBe(true);
    const other = await all(i1, 'days=7');
    expect(other.items.every((i: any) => i.districtCode === '630202')).toBe(true);
    const city = await all(official, 'days=7&district=630222&kind=hazard');
    expect(city.items.every((i: any) => i.districtCode === '630222' && i.kind === 'hazard')).toBe(true);
    expect(city.counts.hazard).toBe(mine.counts.hazard);
    const byGroup = await all(official, 'days=7&group=3');
    expect(byGroup.items.every((i: any) => i.groupNo === 3)).toBe(true);
  });

  test.each(['days=91', 'days=-1', 'kind=visit', 'group=10'])('bad filter %s → 400', async (q) => {
    const r = await official.get(`/api/gas/work-queue?${q}`);
    expect(r.status).toBe(400);
  });
});
