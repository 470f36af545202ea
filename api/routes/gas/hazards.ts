import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { createVenue } from '../../services/gas/createVenue';
import { getHazard } from '../../services/gas/getHazard';
import { getVenue } from '../../services/gas/getVenue';
import { listNearbyVenues } from '../../services/gas/listNearbyVenues';
import { hazardClusters } from '../../services/gas/hazardClusters';
import { listHazards } from '../../services/gas/listHazards';
import { listVenues } from '../../services/gas/listVenues';
import { recordHazard } from '../../services/gas/recordHazard';
import { recordVisit } from '../../services/gas/recordVisit';
import { setEnforcement } from '../../services/gas/setEnforcement';
import { transitionHazard } from '../../services/gas/transitionHazard';
import { venueClusters } from '../../services/gas/venueClusters';
import { idParam } from '../shared/primitives';
import { enforcementBody, gasRoles, hazardBody, hazardClusterQuery, hazardQuery, nearbyQuery, transitionBody, venueBody, venueClusterQuery, venueQuery, visitBody } from './schemas';

const gas = { tag: 'gas', access: gasRoles } as const;
/** Field writes a phone may queue offline and retry: each runs once per Idempotency-Key. */
const fieldWrite = { ...gas, idempotent: true } as const;

export const gasHazardRoutes = new Hono<AppEnv>()
  .get('/hazards', route({ ...gas, summary: '隐患（GeoJSON，按权限范围） / hazards in scope', query: hazardQuery }), async (c) =>
    c.json(await listHazards(c.var.db, c.var.user, c.req.valid('query'))),
  )
  .get(
    '/hazards/clusters',
    route({ ...gas, summary: '隐患聚合点（按等级/状态计数，高缩放级别为单个隐患；亦用于热力图） / clustered hazards with counts by severity and status, single hazards at high zoom (also the heat layer)', query: hazardClusterQuery }),
    async (c) => c.json(await hazardClusters(c.var.db, c.var.user, c.req.valid('query'))),
  )
  .get('/hazards/:id', route({ ...gas, summary: '隐患详情及流转记录 / hazard with history', params: idParam, responses: { '404': 'not found or out of scope' } }), async (c) =>
    c.json(await getHazard(c.var.db, c.var.user, c.req.valid('param').id)),
  )
  .post('/hazards', route({ ...fieldWrite, summary: '登记隐患 / record a hazard', body: hazardBody, status: 201 }), async (c) =>
    c.json(await recordHazard(c.var.db, c.var.user, c.req.valid('json')), 201),
  )
  .post(
    '/hazards/:id/transition',
    route({ ...fieldWrite, summary: '隐患流转 / move a hazard', params: idParam, body: transitionBody, responses: { '409': 'forbidden transition' } }),
    async (c) => {
      const { to, note } = c.req.valid('json');
      return c.json(await transitionHazard(c.var.db, c.var.user, c.req.valid('param').id, to, note));
    },
  )
  .patch(
    '/hazards/:id/enforcement',
    route({ ...fieldWrite, summary: '处理结果与罚款（五个一批） / enforcement outcome and fine', params: idParam, body: enforcementBody, responses: { '403': 'not the owning group', '404': 'not found or out of scope' } }),
    async (c) => c.json(await setEnforcement(c.var.db, c.var.user, c.req.valid('param').id, c.req.valid('json'))),
  )
  .get('/venues', route({ ...gas, summary: '场所（GeoJSON，按权限范围） / venues in scope', query: venueQuery }), async (c) =>
    c.json(await listVenues(c.var.db, c.var.user, c.req.valid('query'))),
  )
  .post(
    '/venues',
    route({ ...fieldWrite, summary: '登记场所（片区由位置决定） / register a venue; its district follows from its location', body: venueBody, status: 201, responses: { '400': 'outside every district', '403': "outside the user's districts" } }),
    async (c) => c.json(await createVenue(c.var.db, c.var.user, c.req.valid('json')), 201),
  )
  .get('/venues/clusters', route({ ...gas, summary: '场所聚合点 / clustered venues (supercluster)', query: venueClusterQuery }), async (c) =>
    c.json(await venueClusters(c.var.db, c.var.user, c.req.valid('query'))),
  )
  .get(
    '/venues/nearby',
    route({ ...gas, summary: '附近场所（按距离，仅本人片区） / nearest venues to a position, own districts only', query: nearbyQuery, responses: { '400': 'position outside China' } }),
    async (c) => c.json(await listNearbyVenues(c.var.db, c.var.user, c.req.valid('query'))),
  )
  .get('/venues/:id', route({ ...gas, summary: '场所详情（类型、地址、用户类别、最近走访与入户安检、未销号隐患） / venue facts', params: idParam, responses: { '404': 'not found or out of scope' } }), async (c) =>
    c.json(await getVenue(c.var.db, c.var.user, c.req.valid('param').id)),
  )
  .post('/visits', route({ ...fieldWrite, summary: '登记督查走访 / record a visit', body: visitBody, status: 201 }), async (c) =>
    c.json(await recordVisit(c.var.db, c.var.user, c.req.valid('json')), 201),
  );
