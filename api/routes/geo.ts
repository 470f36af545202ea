import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/context';
import { route } from '../http/route';
import { readCountyExtents, readReferenceLayer, readVillages } from '../services/geo/readReferenceLayer';
import { countyCode } from './shared/primitives';

const villageQuery = z.object({ county: countyCode.optional() });

// Reference layers change only when the database is re-seeded: let the browser keep them briefly.
const cached = { 'Cache-Control': 'private, max-age=300' };
const geo = (summary: string) => route({ summary, tag: 'geo', access: 'any' });

export const geoRoutes = new Hono<AppEnv>()
  .get('/counties', geo('县区边界（真实） / county boundaries (real)'), async (c) => c.json(await readReferenceLayer(c.var.db, 'counties'), 200, cached))
  .get('/townships', geo('乡镇范围（示例数据） / township areas (synthetic)'), async (c) => c.json(await readReferenceLayer(c.var.db, 'townships'), 200, cached))
  .get('/districts', geo('督查片区（含工业园区示例范围） / inspection districts'), async (c) => c.json(await readReferenceLayer(c.var.db, 'districts'), 200, cached))
  .get('/labels', geo('县区、乡镇注记点 / label points of counties and townships'), async (c) => c.json(await readReferenceLayer(c.var.db, 'labels'), 200, cached))
  .get('/villages', route({ summary: '村（示例位置） / villages (synthetic points)', tag: 'geo', access: 'any', query: villageQuery }), async (c) =>
    c.json(await readVillages(c.var.db, c.req.valid('query').county), 200, cached),
  )
  .get('/county-extents', geo('县区范围框 / county bounding boxes'), async (c) => c.json(await readCountyExtents(c.var.db)));
