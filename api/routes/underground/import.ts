import { Hono, type HonoRequest } from 'hono';
import { FieldError, invalid } from '../../domain/shared/domainError';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { importParcels } from '../../services/underground/importParcels';
import { csvRecords, geojsonRecords, type RawRecord } from '../../services/underground/parseParcelFile';
import { parcelWriters } from './schemas';

const notAFile = () =>
  invalid('import_unreadable', { zh: '文件应为 GeoJSON 要素集合或 CSV', en: 'The file must be a GeoJSON FeatureCollection or CSV' }, 'file');

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
    if (!file || typeof file === 'string') throw new FieldError('file', { zh: '必填项缺失', en: 'is required' });
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

export const undergroundImportRoutes = new Hono<AppEnv>().post(
  '/import',
  route({
    summary: '导入地块（GeoJSON 或 CSV，全部成功或全部不写入） / import parcels, all-or-nothing',
    tag: 'underground',
    access: parcelWriters,
    consumes: ['multipart/form-data', 'application/geo+json', 'application/json', 'text/csv'],
    responses: { '400': '逐行校验报告 details.rows / per-row report in details.rows' },
  }),
  async (c) =>
  c.json(await importParcels(c.var.db, c.var.user, await recordsOf(c.req), c.var.lang)),
);
