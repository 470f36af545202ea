import { Hono } from 'hono';
import { z } from 'zod';
import {
  countyBboxes,
  countyCollection,
  districtCollection,
  labelPointCollection,
  townshipCollection,
  villageCollection,
} from '../../db/repositories/geo';
import { requireAuth } from '../http/auth';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { queryOf } from '../http/validate';

const villageQuery = z.object({ county: z.string().regex(/^\d{6}$/).optional() });

for (const [path, summary] of [
  ['/api/geo/counties', '县区边界（真实） / county boundaries (real)'],
  ['/api/geo/townships', '乡镇范围（示例数据） / township areas (synthetic)'],
  ['/api/geo/districts', '督查片区（含工业园区示例范围） / inspection districts'],
  ['/api/geo/county-extents', '县区范围框 / county bounding boxes'],
  ['/api/geo/labels', '县区、乡镇注记点 / label points of counties and townships'],
] as const) {
  documented({ method: 'get', path, summary, tag: 'geo', access: 'any' });
}
documented({ method: 'get', path: '/api/geo/villages', summary: '村（示例位置） / villages (synthetic points)', tag: 'geo', access: 'any', query: villageQuery });

// Reference layers change only when the database is re-seeded: let the browser keep them briefly.
const cacheFor = (seconds: number) => `private, max-age=${seconds}`;

export const geoRoutes = new Hono<AppEnv>()
  .use(requireAuth)
  .get('/counties', async (c) => {
    c.header('Cache-Control', cacheFor(300));
    return c.json(await countyCollection(c.var.db));
  })
  .get('/townships', async (c) => {
    c.header('Cache-Control', cacheFor(300));
    return c.json(await townshipCollection(c.var.db));
  })
  .get('/districts', async (c) => {
    c.header('Cache-Control', cacheFor(300));
    return c.json(await districtCollection(c.var.db));
  })
  .get('/labels', async (c) => {
    c.header('Cache-Control', cacheFor(300));
    return c.json(await labelPointCollection(c.var.db));
  })
  .get('/villages', queryOf(villageQuery), async (c) => {
    c.header('Cache-Control', cacheFor(300));
    return c.json(await villageCollection(c.var.db, c.req.valid('query').county));
  })
  .get('/county-extents', async (c) => {
    const rows = await countyBboxes(c.var.db);
    return c.json(rows.map((r) => ({ code: r.code, name: r.name, bbox: [r.minx, r.miny, r.maxx, r.maxy].map(Number) })));
  });
