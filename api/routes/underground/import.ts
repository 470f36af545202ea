import { Hono, type HonoRequest } from 'hono';
import { FieldError } from '../../domain/shared/domainError';
import { notAParcelFile, type ParcelUpload } from '../../domain/underground/parcelFile';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { assertSafeZip } from '../../http/zipGuard';
import { importParcels } from '../../services/underground/importParcels';
import { parcelWriters } from './schemas';

/** Multipart field `file`, or the raw body with Content-Type text/csv, application/(geo+)json or application/zip (a zipped Shapefile). */
// Reads through Hono's body cache (HonoRequest), which the shared JSON guard may have filled.
async function uploadOf(req: HonoRequest): Promise<ParcelUpload> {
  const type = req.header('content-type') ?? '';
  if (/^application\/(zip|x-zip-compressed)/i.test(type)) {
    const bytes = new Uint8Array(await req.arrayBuffer());
    assertSafeZip(bytes);
    return { text: '', csv: false, zip: bytes };
  }
  if (/^application\/vnd\.google-earth\.kml\+xml/i.test(type)) return { text: await req.text(), csv: false, kml: true };
  if (!type.startsWith('multipart/form-data')) return { text: await req.text(), csv: type.includes('text/csv') };
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw notAParcelFile();
  }
  const file = form.get('file');
  if (!file || typeof file === 'string') throw new FieldError('file', { zh: '必填项缺失', en: 'is required' });
  // A .zip part has passed uploadGuard's zip-bomb check already.
  if (/\.zip$/i.test(file.name)) return { text: '', csv: false, zip: new Uint8Array(await file.arrayBuffer()) };
  if (/\.kml$/i.test(file.name)) return { text: await file.text(), csv: false, kml: true };
  return { text: await file.text(), csv: file.name.toLowerCase().endsWith('.csv') || type.includes('text/csv') };
}

export const undergroundImportRoutes = new Hono<AppEnv>().post(
  '/import',
  route({
    summary: '导入地块（GeoJSON、CSV 、KML 或 ZIP 打包的 Shapefile；坐标系取自文件；全部成功或全部不写入） / import parcels from GeoJSON, CSV, KML or a zipped Shapefile (CRS from the file), all-or-nothing',
    tag: 'underground',
    access: parcelWriters,
    consumes: ['multipart/form-data', 'application/geo+json', 'application/json', 'text/csv', 'application/zip', 'application/vnd.google-earth.kml+xml'],
    responses: { '400': '逐行校验报告 details.rows / per-row report in details.rows' },
  }),
  async (c) =>
  c.json(await importParcels(c.var.db, c.var.user, await uploadOf(c.req), c.var.lang)),
);
