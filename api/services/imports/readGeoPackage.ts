import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { readGpkgGeometry } from '../../domain/geo/gpkgGeometry';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { crsFromWkt, crsWithoutDeclaration, settleCrs, positionsOf, supportedCrs, toWgs84, type Crs } from '../../domain/geo/crs';
import { invalid } from '../../domain/shared/domainError';

// A GeoPackage (OGC 12-128r18) read into WGS84 GeoJSON features (issue 12), for every geometry
// import. SQLite is sql.js (WebAssembly: no native build), geometries are the standard GPKG blob
// (§2.1.3: a small header, then ISO WKB) parsed by wkx. The CRS comes from the layer's srs_id in
// gpkg_spatial_ref_sys (api/domain/geo/crs.ts decides which are accepted).

let engine: Promise<SqlJsStatic> | undefined;
const sqlite = () => (engine ??= initSqlJs());

const refuse = (code: string, zh: string, en: string, field = 'file') => invalid(code, { zh, en }, field);
const sqliteMagic = 'SQLite format 3\0';

type Row = Record<string, unknown>;
const rows = (db: Database, query: string, params: (string | number)[] = []): Row[] => {
  const st = db.prepare(query);
  try {
    st.bind(params);
    const out: Row[] = [];
    while (st.step()) out.push(st.getAsObject());
    return out;
  } finally {
    st.free();
  }
};

/** The layer's declared CRS: an EPSG code we ship, else its WKT definition, else (srs_id 0/-1, "undefined") none. */
function declaredCrs(db: Database, srsId: number): Crs | undefined {
  const [srs] = rows(db, 'select organization, organization_coordsys_id as code, definition from gpkg_spatial_ref_sys where srs_id = ?', [srsId]);
  if (srs && String(srs.organization).toUpperCase() === 'EPSG' && supportedCrs.has(Number(srs.code))) return supportedCrs.get(Number(srs.code))!;
  if (srs && srsId > 0 && typeof srs.definition === 'string' && srs.definition !== 'undefined') return crsFromWkt(srs.definition);
  return undefined;
}

/** The declared CRS, else the user's pick, else judged from the numbers (api/domain/geo/crs.ts settleCrs). */
function layerCrs(db: Database, srsId: number, sample: Geometry[], picked: Crs | undefined): Crs {
  return settleCrs(declaredCrs(db, srsId), picked, () => crsWithoutDeclaration(sample.slice(0, 50).flatMap((g) => positionsOf(g).slice(0, 5))));
}

export async function readGeoPackage(bytes: Uint8Array, picked?: Crs): Promise<FeatureCollection<Geometry | null>> {
  if (bytes.length < 100 || new TextDecoder().decode(bytes.subarray(0, 16)) !== sqliteMagic) {
    throw refuse('import_unreadable', '文件不是 GeoPackage（不是 SQLite 数据库）', 'The file is not a GeoPackage (not an SQLite database)');
  }
  const SQL = await sqlite();
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch {
    throw refuse('import_unreadable', 'GeoPackage 无法打开', 'The GeoPackage cannot be opened');
  }
  try {
    let layers: Row[];
    try {
      layers = rows(db, `select c.table_name as name, g.column_name as geom, g.srs_id as srs from gpkg_contents c
        join gpkg_geometry_columns g on g.table_name = c.table_name where c.data_type = 'features' order by c.table_name`);
    } catch {
      throw refuse('gpkg_no_features', 'SQLite 文件中没有 GeoPackage 要素表（缺少 gpkg_contents / gpkg_geometry_columns）', 'The SQLite file holds no GeoPackage feature table (no gpkg_contents / gpkg_geometry_columns)');
    }
    if (layers.length === 0) {
      const others = rows(db, 'select table_name as name, data_type as kind from gpkg_contents').map((r) => `${r.name}（${r.kind}）`);
      throw refuse('gpkg_no_features', `GeoPackage 中没有要素表${others.length ? `（只有：${others.join('、')}）` : ''}；请导出含面要素的图层`, `The GeoPackage holds no feature table${others.length ? ` (only: ${others.join(', ')})` : ''}; export a layer with polygons`);
    }
    if (layers.length > 1) {
      const names = layers.map((l) => String(l.name));
      throw refuse('gpkg_ambiguous', `GeoPackage 中有多个要素表：${names.join('、')}；一次导入一个图层`, `The GeoPackage holds several feature tables (${names.join(', ')}); import one layer at a time`);
    }
    const layer = layers[0]!;
    const geomColumn = String(layer.geom);
    const pk = rows(db, `select name from pragma_table_info(?) where pk > 0`, [String(layer.name)]).map((r) => String(r.name));
    const quoted = `"${String(layer.name).replaceAll('"', '""')}"`;
    const raw = rows(db, `select * from ${quoted}`);
    const geometries = raw.map((r, i) => {
      const blob = r[geomColumn];
      if (blob === null || blob === undefined) return null;
      try {
        return readGpkgGeometry(blob as Uint8Array);
      } catch {
        throw refuse('import_unreadable', `第 ${i + 1} 个要素的几何无法读取`, `The geometry of feature ${i + 1} cannot be read`);
      }
    });
    const crs = layerCrs(db, Number(layer.srs), geometries.filter((g): g is Geometry => g !== null), picked);
    const features: Feature<Geometry | null>[] = raw.map((r, i) => {
      const properties = Object.fromEntries(Object.entries(r).filter(([k]) => k !== geomColumn && !pk.includes(k)));
      const g = geometries[i]!;
      return { type: 'Feature', properties, geometry: g ? toWgs84(g, crs) : null };
    });
    return { type: 'FeatureCollection', features };
  } finally {
    db.close();
  }
}
