import { Hono } from 'hono';
import { z } from 'zod';
import { districtCodes } from '../domain/gas/districts';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { jsonBody, queryOf } from '../http/validate';
import { coverage } from '../services/gas/coverage';
import { createCampaign } from '../services/gas/createCampaign';
import { dueSafetyChecks } from '../services/gas/dueSafetyChecks';
import { listCampaigns, listInspectionGroups } from '../services/gas/listCampaigns';
import { majorBoard } from '../services/gas/majorBoard';
import { isoDate } from './gasQuery';

const campaignQuery = z.object({ campaign: z.string().max(100).optional() });
const dueQuery = z.object({
  district: z.enum(districtCodes).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
const boardQuery = z.object({
  campaign: z.string().max(100).optional(),
  round: z.coerce.number().int().min(1).max(20).optional(),
  group: z.coerce.number().int().min(1).max(9).optional(),
});
const campaignBody = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,60}$/),
  document: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(200),
  issuedOn: isoDate,
  minDaysPerRound: z.number().int().min(1).max(60).optional(),
  rounds: z
    .array(z.object({ no: z.number().int().min(1), nameZh: z.string().min(1).max(50), nameEn: z.string().min(1).max(80), startsOn: isoDate, endsOn: isoDate, reportDueOn: isoDate }))
    .min(1)
    .max(10),
});

const access = ['inspector', 'official', 'admin'] as const;
documented({ method: 'get', path: '/api/gas/groups', summary: '督查组 / inspection groups', tag: 'gas', access });
documented({ method: 'get', path: '/api/gas/campaigns', summary: '督查活动及轮次 / campaigns and rounds', tag: 'gas', access });
documented({ method: 'post', path: '/api/gas/campaigns', summary: '新建督查活动 / create a campaign', tag: 'gas', access: ['official', 'admin'], body: campaignBody });
documented({ method: 'get', path: '/api/gas/coverage', summary: '各组各轮覆盖率 / coverage per group and round', tag: 'gas', access, query: campaignQuery });
documented({ method: 'get', path: '/api/gas/safety-checks/due', summary: '入户安检逾期场所 / venues overdue for the door-to-door check', tag: 'gas', access, query: dueQuery });
documented({ method: 'get', path: '/api/gas/major-board', summary: '重大隐患挂牌督办 / major-hazard board', tag: 'gas', access, query: boardQuery });

export const gasOverviewRoutes = new Hono<AppEnv>()
  .get('/groups', async (c) => c.json(await listInspectionGroups(c.var.db, c.var.user)))
  .get('/campaigns', async (c) => c.json(await listCampaigns(c.var.db, c.var.user)))
  .post('/campaigns', requireRole('official', 'admin'), jsonBody(campaignBody), async (c) =>
    c.json(await createCampaign(c.var.db, c.var.user, c.req.valid('json')), 201),
  )
  .get('/coverage', queryOf(campaignQuery), async (c) => c.json(await coverage(c.var.db, c.var.user, c.req.valid('query').campaign)))
  .get('/safety-checks/due', queryOf(dueQuery), async (c) => c.json(await dueSafetyChecks(c.var.db, c.var.user, c.req.valid('query'))))
  .get('/major-board', queryOf(boardQuery), async (c) => c.json(await majorBoard(c.var.db, c.var.user, c.req.valid('query'))));
