import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { coverage } from '../../services/gas/coverage';
import { createCampaign } from '../../services/gas/createCampaign';
import { dueSafetyChecks } from '../../services/gas/dueSafetyChecks';
import { listCampaigns } from '../../services/gas/listCampaigns';
import { listInspectionGroups } from '../../services/gas/listInspectionGroups';
import { lookBackReview } from '../../services/gas/lookBackReview';
import { majorBoard } from '../../services/gas/majorBoard';
import { workQueue } from '../../services/gas/workQueue';
import { boardQuery, campaignBody, campaignQuery, dueQuery, gasRoles, lookBackQuery, workQueueQuery } from './schemas';

const gas = { tag: 'gas', access: gasRoles } as const;

export const gasOverviewRoutes = new Hono<AppEnv>()
  .get('/groups', route({ ...gas, summary: '督查组 / inspection groups' }), async (c) => c.json(await listInspectionGroups(c.var.db, c.var.user)))
  .get('/campaigns', route({ ...gas, summary: '督查活动及轮次 / campaigns and rounds' }), async (c) => c.json(await listCampaigns(c.var.db, c.var.user)))
  .post('/campaigns', route({ summary: '新建督查活动 / create a campaign', tag: 'gas', access: ['official', 'admin'], body: campaignBody, status: 201 }), async (c) =>
    c.json(await createCampaign(c.var.db, c.var.user, c.req.valid('json')), 201),
  )
  .get('/coverage', route({ ...gas, summary: '各组各轮覆盖率 / coverage per group and round', query: campaignQuery }), async (c) =>
    c.json(await coverage(c.var.db, c.var.user, c.req.valid('query').campaign)),
  )
  .get('/safety-checks/due', route({ ...gas, summary: '入户安检逾期场所 / venues overdue for the door-to-door check', query: dueQuery }), async (c) =>
    c.json(await dueSafetyChecks(c.var.db, c.var.user, c.req.valid('query'))),
  )
  .get(
    '/work-queue',
    route({ ...gas, summary: '待办：N 天内到期或逾期的隐患、到期的入户安检（按权限范围，可筛选） / work queue: hazards due within N days or overdue and door-to-door checks due, in scope', query: workQueueQuery }),
    async (c) => c.json(await workQueue(c.var.db, c.var.user, c.req.valid('query'))),
  )
  .get(
    '/look-back',
    route({ ...gas, summary: '回头看：第一轮隐患在第二轮的结果（按组、片区；表格 + GeoJSON） / look-back: the fate in round 2 of each round-1 hazard, per group and district', query: lookBackQuery, responses: { '404': 'no such campaign or no second round' } }),
    async (c) => c.json(await lookBackReview(c.var.db, c.var.user, c.req.valid('query'))),
  )
  .get('/major-board', route({ ...gas, summary: '重大隐患挂牌督办 / major-hazard board', query: boardQuery }), async (c) =>
    c.json(await majorBoard(c.var.db, c.var.user, c.req.valid('query'))),
  );
