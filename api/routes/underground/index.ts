import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { download, mediaTypes } from '../../http/download';
import { route } from '../../http/route';
import { createParcel } from '../../services/underground/createParcel';
import { deleteParcel } from '../../services/underground/deleteParcel';
import { feeScheduleCsv } from '../../services/underground/feeScheduleCsv';
import { feeScheduleXlsx } from '../../services/underground/feeScheduleXlsx';
import { getParcel } from '../../services/underground/getParcel';
import { listConflicts } from '../../services/underground/listConflicts';
import { conflictTablePage } from '../../services/underground/conflictTablePage';
import { exportConflictTable } from '../../services/underground/exportConflictTable';
import { exportParcelTable } from '../../services/underground/exportParcelTable';
import { listParcels } from '../../services/underground/listParcels';
import { parcelTablePage } from '../../services/underground/parcelTablePage';
import { quoteFee } from '../../services/underground/quoteFee';
import { updateParcel } from '../../services/underground/updateParcel';
import { paged } from '../../http/paged';
import { undergroundImportRoutes } from './import';
import { conflictExportQuery, conflictTableQuery, feeQuoteSchema, parcelIdParam, parcelInputSchema, parcelExportQuery, parcelListQuery, parcelReaders, parcelTableQuery, parcelWriters } from './schemas';

const read = { tag: 'underground', access: parcelReaders } as const;
const write = { tag: 'underground', access: parcelWriters } as const;

/** 地下空间 (东政办〔2023〕95号). */
export const undergroundRoutes = new Hono<AppEnv>()
  .post('/fee-quote', route({ summary: '地下空间出让金试算（无状态） / stateless land-fee quote', tag: 'underground', access: 'any', body: feeQuoteSchema }), (c) =>
    c.json(quoteFee(c.req.valid('json'), c.var.lang)),
  )
  .get('/parcels', route({ ...read, summary: '地下空间地块（GeoJSON） / parcels as GeoJSON', query: parcelListQuery }), async (c) =>
    c.json(paged(c, await listParcels(c.var.db, c.req.valid('query')), c.req.valid('query'))),
  )
  .get('/parcels/table', route({ ...read, summary: '地块清单（与地图同一筛选，排序、分页） / parcel list with the map\'s filter, sorted and paged', query: parcelTableQuery }), async (c) =>
    c.json(await parcelTablePage(c.var.db, c.req.valid('query'), c.var.lang)),
  )
  .get(
    '/parcels/table/export',
    route({ ...read, summary: '导出筛选后的地块清单（CSV / XLSX / GeoJSON） / export exactly the filtered parcel list', query: parcelExportQuery, produces: mediaTypes.xlsx, responses: { '413': 'more rows than one export holds' } }),
    async (c) => {
      const f = await exportParcelTable(c.var.db, c.req.valid('query'), c.var.lang);
      return download(c, f.bytes, { type: mediaTypes[f.format], name: f.fileName });
    },
  )
  .get('/conflicts/table', route({ ...read, summary: '三维冲突清单（排序、分页） / 3D conflicts as a sorted, paged list', query: conflictTableQuery }), async (c) =>
    c.json(await conflictTablePage(c.var.db, c.req.valid('query'), c.var.lang)),
  )
  .get(
    '/conflicts/table/export',
    route({ ...read, summary: '导出三维冲突清单（CSV / XLSX / GeoJSON） / export the 3D-conflict list', query: conflictExportQuery, produces: mediaTypes.xlsx }),
    async (c) => {
      const f = await exportConflictTable(c.var.db, c.req.valid('query'), c.var.lang);
      return download(c, f.bytes, { type: mediaTypes[f.format], name: f.fileName });
    },
  )
  .get('/conflicts', route({ ...read, summary: '全市三维冲突清单 / city-wide 3D conflicts' }), async (c) => c.json(await listConflicts(c.var.db)))
  .get('/fee-schedule.csv', route({ ...read, summary: '出让金明细表（CSV） / fee schedule', produces: 'text/csv' }), async (c) =>
    download(c, await feeScheduleCsv(c.var.db), { type: mediaTypes.csv, name: 'underground-fee-schedule.csv' }),
  )
  .get('/fee-schedule.xlsx', route({ ...read, summary: '出让金明细表（XLSX） / fee schedule', produces: mediaTypes.xlsx }), async (c) =>
    download(c, await feeScheduleXlsx(c.var.db), { type: mediaTypes.xlsx, name: 'underground-fee-schedule.xlsx' }),
  )
  .route('/parcels', undergroundImportRoutes)
  .get('/parcels/:id', route({ ...read, summary: '地块详情：分层、出让金、年限、冲突、连通 / parcel detail', params: parcelIdParam }), async (c) =>
    c.json(await getParcel(c.var.db, c.req.valid('param').id, c.var.lang)),
  )
  .post(
    '/parcels',
    route({ ...write, summary: '新建地块 / create a parcel (409 on 3D conflict)', body: parcelInputSchema, status: 201, responses: { '409': '三维冲突或编号重复 / 3D conflict or duplicate code' } }),
    async (c) => c.json(await createParcel(c.var.db, c.var.user, c.req.valid('json')), 201),
  )
  .put('/parcels/:id', route({ ...write, summary: '修改地块 / update a parcel', params: parcelIdParam, body: parcelInputSchema, responses: { '409': '三维冲突 / 3D conflict' } }), async (c) =>
    c.json(await updateParcel(c.var.db, c.var.user, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/parcels/:id', route({ ...write, summary: '删除地块 / delete a parcel', params: parcelIdParam }), async (c) =>
    c.json(await deleteParcel(c.var.db, c.var.user, c.req.valid('param').id)),
  );
