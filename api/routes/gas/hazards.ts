import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../http/context';
import { download, mediaTypes } from '../../http/download';
import { route } from '../../http/route';
import { addHazardPhoto } from '../../services/gas/addHazardPhoto';
import { createVenue } from '../../services/gas/createVenue';
import { exportHazardTable } from '../../services/gas/exportHazardTable';
import { exportVenueTable } from '../../services/gas/exportVenueTable';
import { getHazardPhoto } from '../../services/gas/getHazardPhoto';
import { getHazard } from '../../services/gas/getHazard';
import { getVenue } from '../../services/gas/getVenue';
import { listNearbyVenues } from '../../services/gas/listNearbyVenues';
import { hazardTablePage } from '../../services/gas/hazardTablePage';
import { hazardClusters } from '../../services/gas/hazardClusters';
import { listHazards } from '../../services/gas/listHazards';
import { listUnverifiedHazards, listUnverifiedVisits } from '../../services/gas/listUnverified';
import { listVenues } from '../../services/gas/listVenues';
import { recordHazard } from '../../services/gas/recordHazard';
import { recordVisit } from '../../services/gas/recordVisit';
import { setEnforcement } from '../../services/gas/setEnforcement';
import { transitionHazard } from '../../services/gas/transitionHazard';
import { venueClusters } from '../../services/gas/venueClusters';
import { paged } from '../../http/paged';
import { venueTablePage } from '../../services/gas/venueTablePage';
import { idParam } from '../shared/primitives';
import { enforcementBody, gasRoles, hazardBody, hazardClusterQuery, hazardExportQuery, hazardQuery, hazardTableQuery, nearbyQuery, photoForm, transitionBody, unverifiedQuery, venueBody, venueClusterQuery, venueExportQuery, venueQuery, venueTableQuery, visitBody } from './schemas';

const gas = { tag: 'gas', access: gasRoles } as const;

/** A stored photo never changes: the browser may keep it, but only for this user (private). */
function photoAnswer(c: Context<AppEnv>, photo: { contentType: string; body: Uint8Array }) {
  c.header('Content-Type', photo.contentType);
  c.header('Cache-Control', 'private, max-age=86400');
  return c.body(photo.body as Uint8Array<ArrayBuffer>);
}
/** Field writes a phone may queue offline and retry: each runs once per Idempotency-Key. */
const fieldWrite = { ...gas, idempotent: true } as const;

export const gasHazardRoutes = new Hono<AppEnv>()
  .get('/hazards', route({ ...gas, summary: '隐患（GeoJSON，按权限范围） / hazards in scope', query: hazardQuery }), async (c) =>
    c.json(paged(c, await listHazards(c.var.db, c.var.user, c.req.valid('query')), c.req.valid('query'))),
  )
  .get(
    '/hazards/clusters',
    route({ ...gas, summary: '隐患聚合点（按等级/状态计数，高缩放级别为单个隐患；亦用于热力图） / clustered hazards with counts by severity and status, single hazards at high zoom (also the heat layer)', query: hazardClusterQuery }),
    async (c) => c.json(await hazardClusters(c.var.db, c.var.user, c.req.valid('query'))),
  )
  .get('/hazards/table', route({ ...gas, summary: '隐患清单（与地图同一筛选，排序、分页） / hazard list with the map\'s filter, sorted and paged', query: hazardTableQuery }), async (c) =>
    c.json(await hazardTablePage(c.var.db, c.var.user, c.req.valid('query'), c.var.lang)),
  )
  .get(
    '/hazards/table/export',
    route({ ...gas, summary: '导出筛选后的隐患清单（CSV / XLSX / GeoJSON） / export exactly the filtered hazard list', query: hazardExportQuery, produces: mediaTypes.xlsx, responses: { '413': 'more rows than one export holds' } }),
    async (c) => {
      const f = await exportHazardTable(c.var.db, c.var.user, c.req.valid('query'), c.var.lang);
      return download(c, f.bytes, { type: mediaTypes[f.format], name: f.fileName });
    },
  )
  .get(
    '/hazards/unverified',
    route({ ...gas, summary: '待复核隐患（无定位或距场所过远；GeoJSON，按权限范围） / hazards without location proof for review (GeoJSON, in scope)', query: unverifiedQuery }),
    async (c) => c.json(await listUnverifiedHazards(c.var.db, c.var.user, c.req.valid('query'))),
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
  .post(
    '/hazards/:id/photos',
    route({
      ...fieldWrite,
      summary: '上传隐患照片（发现/整改/复核；JPEG/PNG/WebP，≤ 8 MB，每条 ≤ 12 张） / add a hazard photo (finding, rectification, verification)',
      params: idParam,
      form: photoForm,
      status: 201,
      responses: { '404': 'hazard not found or out of scope', '409': 'photo_limit', '413': 'photo_too_large', '415': 'unsupported_image' },
    }),
    async (c) => c.json(await addHazardPhoto(c.var.db, c.var.user, c.req.valid('param').id, c.req.valid('form')), 201),
  )
  .get(
    '/photos/:id',
    route({ ...gas, summary: '隐患照片原图 / a hazard photo', params: idParam, produces: 'image/*', responses: { '404': 'not found or out of scope' } }),
    async (c) => photoAnswer(c, await getHazardPhoto(c.var.db, c.var.user, c.req.valid('param').id, 'data')),
  )
  .get(
    '/photos/:id/thumb',
    route({ ...gas, summary: '隐患照片缩略图（≤ 320 像素 JPEG） / a hazard photo thumbnail (≤ 320 px JPEG)', params: idParam, produces: 'image/jpeg', responses: { '404': 'not found or out of scope' } }),
    async (c) => photoAnswer(c, await getHazardPhoto(c.var.db, c.var.user, c.req.valid('param').id, 'thumb')),
  )
  .get('/venues', route({ ...gas, summary: '场所（GeoJSON，按权限范围） / venues in scope', query: venueQuery }), async (c) =>
    c.json(paged(c, await listVenues(c.var.db, c.var.user, c.req.valid('query')), c.req.valid('query'))),
  )
  .get('/venues/table', route({ ...gas, summary: '场所清单（与地图同一筛选，排序、分页） / venue list with the map\'s filter, sorted and paged', query: venueTableQuery }), async (c) =>
    c.json(await venueTablePage(c.var.db, c.var.user, c.req.valid('query'), c.var.lang)),
  )
  .get(
    '/venues/table/export',
    route({ ...gas, summary: '导出筛选后的场所清单（CSV / XLSX / GeoJSON） / export exactly the filtered venue list', query: venueExportQuery, produces: mediaTypes.xlsx, responses: { '413': 'more rows than one export holds' } }),
    async (c) => {
      const f = await exportVenueTable(c.var.db, c.var.user, c.req.valid('query'), c.var.lang);
      return download(c, f.bytes, { type: mediaTypes[f.format], name: f.fileName });
    },
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
  .post(
    '/visits',
    route({ ...fieldWrite, summary: '登记督查走访（任一不晚于今天的日期；轮次外亦保存；现场核验标记） / record a visit on any day up to today, flagged when not proven on site', body: visitBody, status: 201 }),
    async (c) => c.json(await recordVisit(c.var.db, c.var.user, c.req.valid('json')), 201),
  )
  .get(
    '/visits/unverified',
    route({ ...gas, summary: '待复核走访（无定位或距场所过远；GeoJSON，按权限范围） / visits without location proof for review (GeoJSON, in scope)', query: unverifiedQuery }),
    async (c) => c.json(await listUnverifiedVisits(c.var.db, c.var.user, c.req.valid('query'))),
  );
