import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { accountabilityFlags } from '../../services/education/assessAccountabilityFlags';
import { catchmentFeatures } from '../../services/education/catchmentFeatures';
import { consolidation } from '../../services/education/consolidation';
import { dropoutRates } from '../../services/education/dropoutRates';
import { flagDistances } from '../../services/education/flagDistances';
import { listSchools } from '../../services/education/listSchools';
import { schoolGasHazards } from '../../services/education/schoolGasHazards';
import { summarizeCoverage } from '../../services/education/summarizeCoverage';
import { uncoveredDensity } from '../../services/education/uncoveredDensity';
import { aggregateRoles, areaQuery, consolidationQuery, densityQuery, distanceQuery, schoolGasQuery } from './schemas';

// Stored analyses: aggregates by county and township; without `asOf` each refers to the newest register snapshot.
// Every figure about children passes the one small-count guard for officials (smallCountGuard) and
// a county-bound education user's analyses cover its own county only (analysisCountyOf), issue 14.
const aggregate = { tag: 'education', access: aggregateRoles } as const;
const area = { ...aggregate, query: areaQuery } as const;

export const educationAnalysesRoutes = new Hono<AppEnv>()
  .get('/coverage/summary', route({ ...area, summary: '片区容量与未覆盖适龄儿童（按县区、乡镇汇总） / catchment utilization and uncovered children by township and county' }), async (c) =>
    c.json(await summarizeCoverage(c.var.db, c.var.user, c.req.valid('query'), c.var.env.CHILD_COUNT_THRESHOLD)),
  )
  .get('/coverage/catchments', route({ ...area, summary: '招生片区及利用率（GeoJSON） / catchments with utilization' }), async (c) =>
    c.json(await catchmentFeatures(c.var.db, c.var.user, c.req.valid('query'), c.var.env.CHILD_COUNT_THRESHOLD)),
  )
  .get('/schools', route({ ...area, summary: '学校（GeoJSON） / schools' }), async (c) => c.json(await listSchools(c.var.db, c.req.valid('query'))))
  .get(
    '/schools/gas-hazards',
    route({
      ...aggregate,
      summary: '有未销号燃气隐患的学校（按校计数；规则：学校点位半径内“学校”类燃气场所的非“已验收”隐患） / schools with open gas hazards (counts per school; the matching rule is in the answer)',
      query: schoolGasQuery,
    }),
    async (c) => c.json(await schoolGasHazards(c.var.db, c.req.valid('query'))),
  )
  .get('/dropout-rates', route({ ...area, summary: '辍学率（按乡镇、县区） / dropout rates by township and county' }), async (c) =>
    c.json(await dropoutRates(c.var.db, c.var.user, c.req.valid('query'), c.var.env.CHILD_COUNT_THRESHOLD)),
  )
  .get('/consolidation', route({ ...aggregate, summary: '巩固率与目标（按县区、乡镇） / consolidation rate vs target', query: consolidationQuery }), async (c) =>
    c.json(await consolidation(c.var.db, c.var.user, c.req.valid('query'), c.var.env.CHILD_COUNT_THRESHOLD)),
  )
  .get('/accountability', route({ ...area, summary: '问责预警（学校、乡镇、县区） / accountability flags' }), async (c) =>
    c.json(await accountabilityFlags(c.var.db, c.var.user, c.req.valid('query'), c.var.env.CHILD_COUNT_THRESHOLD)),
  )
  .get('/uncovered-density', route({ ...aggregate, summary: '未覆盖适龄儿童密度网格（汇总） / uncovered children, aggregated grid', query: densityQuery }), async (c) =>
    c.json(await uncoveredDensity(c.var.db, c.var.user, c.req.valid('query'), c.var.env.CHILD_COUNT_THRESHOLD)),
  )
  .get('/distance-flags', route({ ...aggregate, summary: '上学距离超阈值（汇总） / home-to-school distance flags (aggregates)', query: distanceQuery }), async (c) =>
    c.json(await flagDistances(c.var.db, c.var.user, c.req.valid('query'), c.var.env.CHILD_COUNT_THRESHOLD)),
  );
