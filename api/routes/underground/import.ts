import { Hono, type HonoRequest } from 'hono';
import { FieldError } from '../../domain/shared/domainError';
import { notAParcelFile, type ParcelUpload } from '../../domain/underground/parcelFile';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { assertSafeZip } from '../../http/zipGuard';
import { importParcels } from '../../services/underground/importParcels';
import { previewParcelFile } from '../../services/underground/readParcelFile';
import { parseOrThrow } from '../shared/parse';
import { parcelImportCrs, parcelImportMapping, parcelWriters } from './schemas';

const isGeoPackage = (type: string) => /^application\/(geopackage\+sqlite3|x-sqlite3|vnd\.sqlite3)/i.test(type);

/**
 * Multipart field `file` (+ optional `mapping`, JSON parcel field → file column, and `crs`, the
 * picked CRS for a file that declares none), or the raw body with Content-Type text/csv,
 * application/(geo+)json, application/zip (a zipped Shapefile), application/geopackage+sqlite3 or
 * KML (then `?mapping=` and `?crs=` carry them).
 */
// Reads through Hono's body cache (HonoRequest), which the shared JSON guard may have filled.
async function uploadOf(req: HonoRequest): Promise<ParcelUpload> {
  const type = req.header('content-type') ?? '';
  const mappingOf = (v: unknown) => (typeof v === 'string' && v.trim() ? { mapping: parseOrThrow(parcelImportMapping, v, 'mapping') } : {});
  const crsOf = (v: unknown) => (typeof v === 'string' && v.trim() ? parseOrThrow(parcelImportCrs, { crs: v.trim() }) : {});
  if (!type.startsWith('multipart/form-data')) {
    const mapping = { ...mappingOf(req.query('mapping')), ...crsOf(req.query('crs')) };
    if (/^application\/(zip|x-zip-compressed)/i.test(type)) {
      const bytes = new Uint8Array(await req.arrayBuffer());
      assertSafeZip(bytes);
      return { text: '', csv: false, zip: bytes, ...mapping };
    }
    if (isGeoPackage(type)) return { text: '', csv: false, gpkg: new Uint8Array(await req.arrayBuffer()), ...mapping };
    if (/^application\/vnd\.google-earth\.kml\+xml/i.test(type)) return { text: await req.text(), csv: false, kml: true, ...mapping };
    return { text: await req.text(), csv: type.includes('text/csv'), ...mapping };
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw notAParcelFile();
  }
  const file = form.get('file');
  if (!file || typeof file === 'string') throw new FieldError('file', { zh: '必填项缺失', en: 'is required' });
  const mapping = { ...mappingOf(form.get('mapping')), ...crsOf(form.get('crs')) };
  // A .zip part has passed uploadGuard's zip-bomb check already.
  if (/\.zip$/i.test(file.name)) return { text: '', csv: false, zip: new Uint8Array(await file.arrayBuffer()), ...mapping };
  if (/\.gpkg$/i.test(file.name) || isGeoPackage(file.type)) return { text: '', csv: false, gpkg: new Uint8Array(await file.arrayBuffer()), ...mapping };
  if (/\.kml$/i.test(file.name)) return { text: await file.text(), csv: false, kml: true, ...mapping };
  return { text: await file.text(), csv: file.name.toLowerCase().endsWith('.csv') || type.includes('text/csv'), ...mapping };
}

const formats = ['multipart/form-data', 'application/geo+json', 'application/json', 'text/csv', 'application/zip', 'application/geopackage+sqlite3', 'application/vnd.google-earth.kml+xml'];

export const undergroundImportRoutes = new Hono<AppEnv>()
  .post(
    '/import/columns',
    route({
      summary: '导入前读取文件的列（列映射步骤；不写入） / read an import file’s columns for the mapping step, nothing written',
      tag: 'underground',
      access: parcelWriters,
      consumes: formats,
    }),
    async (c) => c.json(await previewParcelFile(await uploadOf(c.req))),
  )
  .post(
    '/import',
    route({
      summary: '导入地块（GeoJSON、CSV（WKT 或经纬度列）、KML、GeoPackage 或 ZIP 打包的 Shapefile；坐标系取自文件，文件未声明时用所选 crs；可带列映射；县区乡镇按图形确定；全部成功或全部不写入） / import parcels from GeoJSON, CSV (WKT or lon/lat), KML, GeoPackage or a zipped Shapefile (CRS from the file, else the picked crs; optional column mapping, county and township from the footprint), all-or-nothing',
      tag: 'underground',
      access: parcelWriters,
      consumes: formats,
      responses: { '400': '逐行校验报告 details.rows / per-row report in details.rows' },
    }),
    async (c) => c.json(await importParcels(c.var.db, c.var.user, await uploadOf(c.req), c.var.lang)),
  );
