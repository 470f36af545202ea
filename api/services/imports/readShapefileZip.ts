import JSZip from 'jszip';
import * as shapefile from 'shapefile';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { crsFromWkt, crsMissing, settleCrs, toWgs84, type Crs } from '../../domain/geo/crs';
import { invalid } from '../../domain/shared/domainError';

// A zipped ESRI Shapefile (.shp + .dbf + .prj, optional .cpg) read into WGS84 GeoJSON features
// (issue 12), for every geometry import. The CRS comes from the .prj, else the user's pick (api/domain/geo/crs.ts);
// the DBF's text encoding from the .cpg (UTF-8 when absent; GBK/936 as ArcGIS writes it).

const missing = (code: string, zh: string, en: string) => invalid(code, { zh, en }, 'file');

function encodingOf(cpg: string | undefined): string {
  const v = (cpg ?? '').trim().toLowerCase();
  if (!v) return 'utf-8';
  if (/^(936|gbk|cp936|gb2312|gb18030)$/.test(v)) return 'gbk';
  if (/utf-?8|65001/.test(v)) return 'utf-8';
  return v;
}

/** The archive has passed the edge's zip-bomb guard (api/http/uploadGuard.ts, assertSafeZip) before it gets here. */
export async function readShapefileZip(bytes: Uint8Array, picked?: Crs): Promise<FeatureCollection<Geometry | null>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw missing('import_unreadable', '文件不是有效的 ZIP 压缩包', 'The file is not a valid ZIP archive');
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && !n.startsWith('__MACOSX/'));
  const shp = names.filter((n) => /\.shp$/i.test(n));
  if (shp.length === 0) throw missing('shapefile_incomplete', '压缩包中没有 .shp 文件', 'The archive holds no .shp file');
  if (shp.length > 1) throw missing('shapefile_ambiguous', `压缩包中有多个 .shp：${shp.join('、')}；一次导入一个图层`, `The archive holds several .shp files (${shp.join(', ')}); import one layer at a time`);
  const base = shp[0]!.slice(0, -4);
  const part = (ext: string) => names.find((n) => n.toLowerCase() === `${base.toLowerCase()}.${ext}`);
  const dbf = part('dbf');
  const prj = part('prj');
  if (!dbf) throw missing('shapefile_incomplete', `缺少 ${base}.dbf（属性表）`, `${base}.dbf (the attribute table) is missing`);
  const declared = prj ? crsFromWkt(await zip.file(prj)!.async('string')) : undefined;
  const crs = settleCrs(declared, picked, () => {
    throw crsMissing(`缺少 ${base}.prj，无法确定坐标系；请连同 .prj 一起打包`, `${base}.prj is missing, so the coordinate system is unknown; zip the .prj with it`);
  });
  const cpg = part('cpg');
  const encoding = encodingOf(cpg ? await zip.file(cpg)!.async('string') : undefined);
  let read;
  try {
    read = await shapefile.read(await zip.file(shp[0]!)!.async('uint8array'), await zip.file(dbf)!.async('uint8array'), { encoding });
  } catch {
    throw missing('import_unreadable', `${base}.shp 无法读取`, `${base}.shp cannot be read`);
  }
  const features: Feature<Geometry | null>[] = read.features.map((f) => ({ type: 'Feature', properties: f.properties, geometry: f.geometry ? toWgs84(f.geometry, crs) : null }));
  return { type: 'FeatureCollection', features };
}
