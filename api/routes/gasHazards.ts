import { Hono } from 'hono';
import { z } from 'zod';
import { enforcementOutcomes, hazardCategories, hazardStatuses, pipelineUserKinds, severities, venueTypes } from '../domain/gas/vocabulary';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { jsonBody, paramsOf, queryOf } from '../http/validate';
import { createVenue } from '../services/gas/createVenue';
import { getHazard } from '../services/gas/getHazard';
import { listHazards } from '../services/gas/listHazards';
import { listVenues } from '../services/gas/listVenues';
import { recordHazard } from '../services/gas/recordHazard';
import { recordVisit } from '../services/gas/recordVisit';
import { setEnforcement } from '../services/gas/setEnforcement';
import { transitionHazard } from '../services/gas/transitionHazard';
import { venueClusters } from '../services/gas/venueClusters';
import { hazardClusters } from '../services/gas/hazardClusters';
import { bboxOf, clusterQuery, hazardClusterQuery, hazardQuery, idParam, isoDate, venueQuery } from './gasQuery';

const text = (max: number) => z.string().trim().min(1).max(max);
const hazardBody = z.object({
  venueId: z.number().int().positive(),
  category: z.enum(hazardCategories),
  description: text(2000),
  severity: z.enum(severities),
  responsibleUnit: text(200),
  responsiblePerson: text(100),
  measures: text(2000),
  foundAt: isoDate.optional(),
  deadline: isoDate,
  interimMeasures: z.string().max(2000).optional(),
  enforcementOutcome: z.enum(enforcementOutcomes).optional(),
  fineYuan: z.number().int().min(0).max(100_000_000).optional(),
  groupNo: z.number().int().min(1).max(9).optional(),
});
const enforcementBody = z.object({
  enforcementOutcome: z.enum(enforcementOutcomes).nullable(),
  fineYuan: z.number().int().min(0).max(100_000_000),
});
const transitionBody = z.object({ to: z.enum(hazardStatuses), note: z.string().max(2000).optional() });
const visitBody = z.object({
  venueId: z.number().int().positive(),
  visitedOn: isoDate.optional(),
  inspectors: text(200),
  note: z.string().max(2000).optional(),
  groupNo: z.number().int().min(1).max(9).optional(),
});
const venueBody = z.object({
  name: text(200),
  venueType: z.enum(venueTypes),
  pipelineUserKind: z.enum(pipelineUserKinds),
  lastSafetyCheckOn: isoDate.optional(),
  address: z.string().trim().max(300).optional(),
  location: z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }),
});

const access = ['inspector', 'official', 'admin'] as const;
documented({ method: 'get', path: '/api/gas/hazards', summary: '隐患（GeoJSON，按权限范围） / hazards in scope', tag: 'gas', access, query: hazardQuery });
documented({ method: 'get', path: '/api/gas/hazards/clusters', summary: '隐患聚合点（按等级/状态计数，高缩放级别为单个隐患；亦用于热力图） / clustered hazards with counts by severity and status, single hazards at high zoom (also the heat layer)', tag: 'gas', access, query: hazardClusterQuery });
documented({ method: 'get', path: '/api/gas/hazards/{id}', summary: '隐患详情及流转记录 / hazard with history', tag: 'gas', access, responses: { '404': 'not found or out of scope' } });
documented({ method: 'post', path: '/api/gas/hazards', summary: '登记隐患 / record a hazard', tag: 'gas', access, body: hazardBody });
documented({ method: 'post', path: '/api/gas/hazards/{id}/transition', summary: '隐患流转 / move a hazard', tag: 'gas', access, body: transitionBody, responses: { '409': 'forbidden transition' } });
documented({ method: 'patch', path: '/api/gas/hazards/{id}/enforcement', summary: '处理结果与罚款（五个一批） / enforcement outcome and fine', tag: 'gas', access, body: enforcementBody, responses: { '403': 'not the owning group', '404': 'not found or out of scope' } });
documented({ method: 'get', path: '/api/gas/venues', summary: '场所（GeoJSON，按权限范围） / venues in scope', tag: 'gas', access, query: venueQuery });
documented({ method: 'post', path: '/api/gas/venues', summary: '登记场所（片区由位置决定） / register a venue; its district follows from its location', tag: 'gas', access, body: venueBody, responses: { '201': 'created', '400': 'outside every district', '403': "outside the user's districts" } });
documented({ method: 'get', path: '/api/gas/venues/clusters', summary: '场所聚合点 / clustered venues (supercluster)', tag: 'gas', access, query: clusterQuery });
documented({ method: 'post', path: '/api/gas/visits', summary: '登记督查走访 / record a visit', tag: 'gas', access, body: visitBody });

export const gasHazardRoutes = new Hono<AppEnv>()
  .get('/hazards', queryOf(hazardQuery), async (c) => {
    const { limit, offset, bbox, ...filter } = c.req.valid('query');
    return c.json(await listHazards(c.var.db, c.var.user, { ...filter, bbox: bboxOf(bbox) }, { limit, offset }));
  })
  .get('/hazards/clusters', queryOf(hazardClusterQuery), async (c) => {
    const { bbox, zoom, ...filter } = c.req.valid('query');
    return c.json(await hazardClusters(c.var.db, c.var.user, { bbox: bboxOf(bbox)!, zoom, filter }));
  })
  .get('/hazards/:id', paramsOf(idParam), async (c) => c.json(await getHazard(c.var.db, c.var.user, c.req.valid('param').id)))
  .post('/hazards', jsonBody(hazardBody), async (c) => c.json(await recordHazard(c.var.db, c.var.user, c.req.valid('json')), 201))
  .post('/hazards/:id/transition', paramsOf(idParam), jsonBody(transitionBody), async (c) => {
    const { to, note } = c.req.valid('json');
    return c.json(await transitionHazard(c.var.db, c.var.user, c.req.valid('param').id, to, note));
  })
  .patch('/hazards/:id/enforcement', paramsOf(idParam), jsonBody(enforcementBody), async (c) =>
    c.json(await setEnforcement(c.var.db, c.var.user, c.req.valid('param').id, c.req.valid('json'))),
  )
  .get('/venues', queryOf(venueQuery), async (c) => {
    const { bbox, ...filter } = c.req.valid('query');
    return c.json(await listVenues(c.var.db, c.var.user, { ...filter, bbox: bboxOf(bbox) }));
  })
  .post('/venues', jsonBody(venueBody), async (c) => c.json(await createVenue(c.var.db, c.var.user, c.req.valid('json')), 201))
  .get('/venues/clusters', queryOf(clusterQuery), async (c) => {
    const q = c.req.valid('query');
    return c.json(await venueClusters(c.var.db, c.var.user, { ...q, bbox: bboxOf(q.bbox)! }));
  })
  .post('/visits', jsonBody(visitBody), async (c) => c.json(await recordVisit(c.var.db, c.var.user, c.req.valid('json')), 201));
