import { Hono, type HonoRequest } from 'hono';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/context';
import { badRequest } from '../http/errors';
import { documented } from '../http/openapi';
import { importParcels } from '../services/underground/importParcels';
import { csvRecords, geojsonRecords, type RawRecord } from '../services/underground/parseParcelFile';

documented({
  method: 'post',
  path: '/api/underground/parcels/import',
  summary: '导入地块（GeoJSON 或 CSV，全部成功或全部不写入） / import parcels, all-or-nothing',
  tag: 'underground',
  access: ['planner', 'admin'],
  responses: { '400': '逐行校验报告 details.rows / per-row report in details.rows' },
});

const notAFile = () =>
  badRequest('import_unreadable', { zh: '文件应为 GeoJSON 要素集合或 CSV', en: 'The file must be a GeoJSON FeatureCollection or CSV' }, 'file');

/** Multipart field `file`, or the raw body with Content-Type text/csv or application/(geo+)json. */
// Reads through Hono's body cache (HonoRequest), which the shared JSON guard may have filled.
async function recordsOf(req: HonoRequest): Promise<RawRecord[]> {
  const type = req.header('content-type') ?? '';
  let text: string;
  let name = '';
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await req.formData();
    } catch {
      throw notAFile();
    }
    const file = form.get('file');
    if (!file || typeof file === 'string') throw badRequest('validation_failed', { zh: '缺少文件字段 file', en: 'Field file is required' }, 'file');
    text = await file.text();
    name = file.name.toLowerCase();
  } else text = await req.text();
  const csv = name.endsWith('.csv') || type.includes('text/csv');
  if (csv) return csvRecords(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw notAFile();
  }
  const records = geojsonRecords(data);
  if (!records) throw notAFile();
  return records;
}

export const undergroundImportRoutes = new Hono<AppEnv>().post('/import', requireRole('planner', 'admin'), async (c) =>
  c.json(await importParcels(c.var.db, c.var.user, await recordsOf(c.req), c.var.lang)),
);
