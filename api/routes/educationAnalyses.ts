import { Hono } from 'hono';
import { schoolCollection } from '../../db/repositories/educationAnalyses';
import { referenceYear } from '../domain/education/schoolAge';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { queryOf } from '../http/validate';
import { accountabilityFlags } from '../services/education/assessAccountabilityFlags';
import { consolidation } from '../services/education/consolidation';
import { defaultAsOf } from '../services/education/defaultAsOf';
import { dropoutRates } from '../services/education/dropoutRates';
import { flagDistances } from '../services/education/flagDistances';
import { schoolGasHazards } from '../services/education/schoolGasHazards';
import { catchmentFeatures, summarizeCoverage } from '../services/education/summarizeCoverage';
import { uncoveredDensity } from '../services/education/uncoveredDensity';
import { areaQuery, consolidationQuery, densityQuery, distanceQuery } from './educationSchemas';
import { z } from 'zod';

const schoolGasQuery = z.object({ county: areaQuery.shape.county, radiusMeters: z.coerce.number().int().min(10).max(2000).optional() });

// Stored analyses by county and township: aggregates only, so officials may read them too.
const aggregateRoles = ['education', 'admin', 'official'] as const;
const doc = (path: string, summary: string, query = areaQuery as never) =>
  documented({ method: 'get', path: `/api/education${path}`, summary, tag: 'education', access: aggregateRoles, query });
doc('/coverage/summary', '片区容量与未覆盖适龄儿童（按县区、乡镇汇总） / catchment utilization and uncovered children by township and county');
doc('/coverage/catchments', '招生片区及利用率（GeoJSON） / catchments with utilization');
doc('/schools', '学校（GeoJSON） / schools');
doc('/schools/gas-hazards', '有未销号燃气隐患的学校（按校计数；规则：学校点位半径内“学校”类燃气场所的非“已验收”隐患） / schools with open gas hazards (counts per school; the matching rule is in the answer)', schoolGasQuery as never);
doc('/dropout-rates', '辍学率（按乡镇、县区） / dropout rates by township and county');
doc('/consolidation', '巩固率与目标（按县区、乡镇） / consolidation rate vs target', consolidationQuery as never);
doc('/accountability', '问责预警（学校、乡镇、县区） / accountability flags', areaQuery as never);
doc('/uncovered-density', '未覆盖适龄儿童密度网格（汇总） / uncovered children, aggregated grid', densityQuery as never);
doc('/distance-flags', '上学距离超阈值（汇总） / home-to-school distance flags (aggregates)', distanceQuery as never);

export const educationAnalysesRoutes = new Hono<AppEnv>()
  .use(requireRole(...aggregateRoles))
  .get('/coverage/summary', queryOf(areaQuery), async (c) => {
    const q = c.req.valid('query');
    return c.json(await summarizeCoverage(c.var.db, await defaultAsOf(c.var.db, q.asOf), q.county));
  })
  .get('/coverage/catchments', queryOf(areaQuery), async (c) => {
    const q = c.req.valid('query');
    return c.json(await catchmentFeatures(c.var.db, await defaultAsOf(c.var.db, q.asOf), q.county));
  })
  .get('/schools', queryOf(areaQuery), async (c) => c.json((await schoolCollection(c.var.db, c.req.valid('query').county)) as { type: 'FeatureCollection'; features: unknown[] }))
  .get('/schools/gas-hazards', queryOf(schoolGasQuery), async (c) => {
    const q = c.req.valid('query');
    return c.json(await schoolGasHazards(c.var.db, q.radiusMeters, q.county));
  })
  .get('/dropout-rates', queryOf(areaQuery), async (c) => {
    const q = c.req.valid('query');
    return c.json(await dropoutRates(c.var.db, await defaultAsOf(c.var.db, q.asOf), q.county));
  })
  .get('/consolidation', queryOf(consolidationQuery), async (c) => {
    const q = c.req.valid('query');
    // Default: the last completed school year before the data's date.
    const year = q.schoolYear ?? referenceYear(await defaultAsOf(c.var.db)) - 1;
    return c.json(await consolidation(c.var.db, year, q.county));
  })
  .get('/accountability', queryOf(areaQuery), async (c) => {
    const q = c.req.valid('query');
    return c.json(await accountabilityFlags(c.var.db, await defaultAsOf(c.var.db, q.asOf), q.county));
  })
  .get('/uncovered-density', queryOf(densityQuery), async (c) => {
    const q = c.req.valid('query');
    return c.json(await uncoveredDensity(c.var.db, await defaultAsOf(c.var.db, q.asOf), q.cellDegrees ?? 0.05, q.county));
  })
  .get('/distance-flags', queryOf(distanceQuery), async (c) => {
    const q = c.req.valid('query');
    const overrides = { ...(q.primaryMeters ? { primary: q.primaryMeters } : {}), ...(q.juniorMeters ? { junior: q.juniorMeters } : {}) };
    return c.json(await flagDistances(c.var.db, await defaultAsOf(c.var.db, q.asOf), overrides, q.county));
  });
