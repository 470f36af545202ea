import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { listRisk } from '../../services/education/listRisk';
import { riskSummary } from '../../services/education/riskSummary';
import { aggregateRoles, childRoles, riskQuery, riskSummaryQuery } from './schemas';

// Dropout-risk index (issue 13): a masked, audited list for education staff; aggregates for officials.
export const educationRiskRoutes = new Hono<AppEnv>()
  .get('/risk', route({ summary: '辍学风险指数（脱敏名单，审计） / dropout-risk list (masked, audited)', tag: 'education', access: childRoles, personal: true, query: riskQuery }), async (c) =>
    c.json(await listRisk(c.var.db, c.var.user, c.req.valid('query'), c.var.lang)),
  )
  .get('/risk/summary', route({ summary: '辍学风险分级汇总（按乡镇） / dropout-risk levels by township (aggregates)', tag: 'education', access: aggregateRoles, query: riskSummaryQuery }), async (c) =>
    c.json(await riskSummary(c.var.db, c.var.user, c.req.valid('query'), c.var.env.CHILD_COUNT_THRESHOLD)),
  );
