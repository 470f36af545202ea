import { beforeAll, describe, expect, test } from 'vitest';
import { getTestApp, testDatabases, type TestApp } from '../../helpers/testApp';

describe.each(testDatabases)('reference geography on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await getTestApp(kind);
  });

  test('the six real counties come back as GeoJSON with codes and names', async () => {
    const c = await app.login('planner');
    const r = await c.get('/api/geo/counties');
    expect(r.status).toBe(200);
    const names = r.body.features.map((f: any) => `${f.properties.code} ${f.properties.name}`);
    expect(names).toEqual([
      '630202 乐都区',
      '630203 平安区',
      '630222 民和回族土族自治县',
      '630223 互助土族自治县',
      '630224 化隆回族自治县',
      '630225 循化撒拉族自治县',
    ]);
    expect(r.body.features[0].geometry.type).toBe('MultiPolygon');
  });

  test('98 townships (synthetic areas) and the industrial-park district', async () => {
    const c = await app.login('official');
    const t = await c.get('/api/geo/townships');
    expect(t.body.features).toHaveLength(98);
    expect(t.body.features.every((f: any) => f.properties.synthetic === true)).toBe(true);
    const d = await c.get('/api/geo/districts');
    expect(d.body.features.map((f: any) => f.properties.code)).toEqual(['630202', '630203', '630222', '630223', '630224', '630225', 'park']);
  });

  test('reference layers need a session', async () => {
    expect((await app.anon.get('/api/geo/counties')).status).toBe(401);
  });

  test('bad query → 400 naming the field', async () => {
    const c = await app.login('planner');
    const r = await c.get('/api/geo/villages?county=abc');
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('county');
  });
});
