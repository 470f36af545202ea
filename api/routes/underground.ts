import { Hono } from 'hono';
import { requireAuth, requireRole } from '../http/auth';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { jsonBody, paramsOf, queryOf } from '../http/validate';
import { createParcel } from '../services/underground/createParcel';
import { deleteParcel } from '../services/underground/deleteParcel';
import { feeScheduleCsv, feeScheduleXlsx } from '../services/underground/exportFeeSchedule';
import { getParcel } from '../services/underground/getParcel';
import { listConflicts } from '../services/underground/listConflicts';
import { listParcels } from '../services/underground/listParcels';
import { feeQuoteSchema, parcelIdParam, parcelInputSchema, parcelListQuery } from '../services/underground/parcelSchema';
import { quoteFee } from '../services/underground/quoteFee';
import { updateParcel } from '../services/underground/updateParcel';
import { undergroundImportRoutes } from './undergroundImport';

/** Who may read parcels: the roles with the 地下空间 menu. Writes: planners and admins only. */
const readers = ['planner', 'official', 'admin'] as const;
const writers = ['planner', 'admin'] as const;

documented({ method: 'post', path: '/api/underground/fee-quote', summary: '地下空间出让金试算（无状态） / stateless land-fee quote', tag: 'underground', access: 'any', body: feeQuoteSchema });
documented({ method: 'get', path: '/api/underground/parcels', summary: '地下空间地块（GeoJSON） / parcels as GeoJSON', tag: 'underground', access: readers, query: parcelListQuery });
documented({ method: 'get', path: '/api/underground/parcels/{id}', summary: '地块详情：分层、出让金、年限、冲突、连通 / parcel detail', tag: 'underground', access: readers });
documented({ method: 'post', path: '/api/underground/parcels', summary: '新建地块 / create a parcel (409 on 3D conflict)', tag: 'underground', access: writers, body: parcelInputSchema, responses: { '409': '三维冲突或编号重复 / 3D conflict or duplicate code' } });
documented({ method: 'put', path: '/api/underground/parcels/{id}', summary: '修改地块 / update a parcel', tag: 'underground', access: writers, body: parcelInputSchema, responses: { '409': '三维冲突 / 3D conflict' } });
documented({ method: 'delete', path: '/api/underground/parcels/{id}', summary: '删除地块 / delete a parcel', tag: 'underground', access: writers });
documented({ method: 'get', path: '/api/underground/conflicts', summary: '全市三维冲突清单 / city-wide 3D conflicts', tag: 'underground', access: readers });
documented({ method: 'get', path: '/api/underground/fee-schedule.xlsx', summary: '出让金明细表（XLSX） / fee schedule', tag: 'underground', access: readers, produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
documented({ method: 'get', path: '/api/underground/fee-schedule.csv', summary: '出让金明细表（CSV） / fee schedule', tag: 'underground', access: readers, produces: 'text/csv' });

export const undergroundRoutes = new Hono<AppEnv>()
  .use(requireAuth)
  .post('/fee-quote', jsonBody(feeQuoteSchema), (c) => c.json(quoteFee(c.req.valid('json'), c.var.lang)))
  .get('/parcels', requireRole(...readers), queryOf(parcelListQuery), async (c) => c.json(await listParcels(c.var.db, c.req.valid('query'))))
  .get('/conflicts', requireRole(...readers), async (c) => c.json(await listConflicts(c.var.db)))
  .get('/fee-schedule.csv', requireRole(...readers), async (c) => {
    c.header('Content-Disposition', 'attachment; filename="underground-fee-schedule.csv"');
    return c.body(await feeScheduleCsv(c.var.db), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  })
  .get('/fee-schedule.xlsx', requireRole(...readers), async (c) => {
    c.header('Content-Disposition', 'attachment; filename="underground-fee-schedule.xlsx"');
    const buf = await feeScheduleXlsx(c.var.db);
    return c.body(new Uint8Array(buf), 200, { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  })
  .route('/parcels', undergroundImportRoutes)
  .get('/parcels/:id', requireRole(...readers), paramsOf(parcelIdParam), async (c) => c.json(await getParcel(c.var.db, c.req.valid('param').id, c.var.lang)))
  .post('/parcels', requireRole(...writers), jsonBody(parcelInputSchema), async (c) => c.json(await createParcel(c.var.db, c.var.user, c.req.valid('json')), 201))
  .put('/parcels/:id', requireRole(...writers), paramsOf(parcelIdParam), jsonBody(parcelInputSchema), async (c) =>
    c.json(await updateParcel(c.var.db, c.var.user, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/parcels/:id', requireRole(...writers), paramsOf(parcelIdParam), async (c) => c.json(await deleteParcel(c.var.db, c.var.user, c.req.valid('param').id)));
