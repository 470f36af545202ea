import shpwrite from '@mapbox/shp-write';
import JSZip from 'jszip';
import initSqlJs from 'sql.js';
import type { Language } from '../../domain/shared/bilingual';
import { documentText } from '../../domain/shared/documentText';
import { shpFieldName, tableFeatures, type TableDefinition } from '../../domain/shared/table';
import { extentOf, gpkgGeometry, gpkgTypeName, promoteToMulti, shapefileRings } from '../../domain/geo/gpkgGeometry';

// GIS files of a list's filtered rows (issue 12): GeoPackage (OGC 12-128r18, written with sql.js,
// the SQLite engine compiled to WebAssembly, so no native module) and zipped Shapefile
// (@mapbox/shp-write for .shp/.shx/.dbf). Both in EPSG:4326, the CRS every stored geometry has.

/** EPSG:4326 as OGC WKT (GeoPackage definition) and the ESRI .prj form shapefile readers expect. */
const wgs84Wkt =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],' +
  'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';
const wgs84Prj = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

let sqlite: ReturnType<typeof initSqlJs> | undefined;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The rows as a GeoPackage with one feature table named by the list (`layer`): a column per list
 * column, named by its label in the caller's language, dates as DATE, numbers INTEGER or REAL.
 */
export async function geoPackage<R>(def: TableDefinition<R>, rows: readonly R[], lang: Language, layer: string): Promise<Uint8Array> {
  const SQL = await (sqlite ??= initSqlJs());
  const db = new SQL.Database();
  try {
    const features = tableFeatures(def, rows, lang);
    const typeName = gpkgTypeName(features.map((f) => f.geometry));
    const columns = def.columns.map((c) => {
      const values = features.map((f) => f.cells[c.key]).filter((v) => v !== null && v !== undefined);
      const type = c.date ? 'DATE' : values.length > 0 && values.every((v) => typeof v === 'number') ? (values.every((v) => Number.isInteger(v)) ? 'INTEGER' : 'REAL') : 'TEXT';
      return { key: c.key, name: c.label[lang], type };
    });
    const extent = features.map((f) => extentOf(f.geometry)).reduce<[number, number, number, number] | null>(
      (a, e) => (a ? [Math.min(a[0], e[0]), Math.min(a[1], e[1]), Math.max(a[2], e[2]), Math.max(a[3], e[3])] : e),
      null,
    );
    db.run(`PRAGMA application_id = 1196444487; PRAGMA user_version = 10400;
      CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
        organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
      CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
        description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id));
      CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
        srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name), UNIQUE (table_name),
        FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));`);
    const srs = db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)');
    srs.run(['Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system']);
    srs.run(['Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system']);
    srs.run(['WGS 84 geodetic', 4326, 'EPSG', 4326, wgs84Wkt, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid']);
    srs.free();
    db.run(`CREATE TABLE ${quote(layer)} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom ${typeName}, ${columns.map((c) => `${quote(c.name)} ${c.type}`).join(', ')})`);
    db.run('INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 4326)', [
      layer, 'features', documentText(def.title[lang]), documentText(def.title[lang]), ...(extent ?? [null, null, null, null]),
    ]);
    db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, 4326, 0, 0)', [layer, 'geom', typeName]);
    const insert = db.prepare(`INSERT INTO ${quote(layer)} (geom, ${columns.map((c) => quote(c.name)).join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`);
    db.run('BEGIN');
    for (const f of features) {
      const cells = columns.map((c) => {
        const v = f.cells[c.key] ?? null;
        return typeof v === 'string' ? documentText(v) : v;
      });
      insert.run([gpkgGeometry(promoteToMulti(f.geometry, typeName), 4326), ...cells]);
    }
    db.run('COMMIT');
    insert.free();
    return db.export();
  } finally {
    db.close();
  }
}

/** DBF 'C' fields hold 254 bytes: cut UTF-8 text at a character boundary within that. */
function dbfText(s: string): string {
  let out = '';
  let bytes = 0;
  for (const ch of documentText(s)) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > 254) break;
    out += ch;
    bytes += n;
  }
  // @mapbox/shp-write (its dbf writer) stores one byte per UTF-16 unit, so hand it the UTF-8
  // bytes as a binary string; the .cpg says UTF-8 so readers decode it (GDAL: tests/api/geoExports).
  return Buffer.from(out, 'utf8').toString('latin1');
}

/**
 * The rows as a zipped Shapefile named `layer`: .shp/.shx/.dbf with UTF-8 text, .prj (EPSG:4326)
 * and .cpg, plus fields.csv naming each DBF field's column in both languages (the mapping for
 * DBF's 10-character names, as docs/EXPORTS.md lists it).
 */
export async function shapefileZip<R>(def: TableDefinition<R>, rows: readonly R[], lang: Language, layer: string): Promise<Uint8Array> {
  const features = tableFeatures(def, rows, lang);
  const typeName = gpkgTypeName(features.map((f) => f.geometry));
  const shpType = typeName === 'POINT' ? 'POINT' : typeName === 'POLYGON' || typeName === 'MULTIPOLYGON' ? 'POLYGON' : null;
  if (features.length > 0 && !shpType) throw new Error(`a Shapefile holds one geometry type, not ${typeName}`);
  const records = features.map((f) =>
    Object.fromEntries(def.columns.map((c) => {
      const v = f.cells[c.key] ?? null;
      return [shpFieldName(c), typeof v === 'string' ? dbfText(v) : v];
    })),
  );
  const geometries = features.map((f) => (shapefileRings(f.geometry) as { coordinates: unknown }).coordinates);
  const zip = new JSZip();
  if (features.length > 0) {
    shpwrite.write(records, shpType!, geometries as object[], (_err: unknown, files: { shp: DataView; shx: DataView; dbf: DataView }) => {
      zip.file(`${layer}.shp`, new Uint8Array(files.shp.buffer));
      zip.file(`${layer}.shx`, new Uint8Array(files.shx.buffer));
      zip.file(`${layer}.dbf`, new Uint8Array(files.dbf.buffer));
    });
  }
  zip.file(`${layer}.prj`, wgs84Prj);
  zip.file(`${layer}.cpg`, 'UTF-8');
  const mapping = [['field', 'zh', 'en'], ...def.columns.map((c) => [shpFieldName(c), c.label.zh, c.label.en])];
  zip.file('fields.csv', '\ufeff' + mapping.map((r) => r.join(',')).join('\r\n') + '\r\n');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
