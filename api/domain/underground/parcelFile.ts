// Reading an import file's features (from any reader in api/services/imports/) into raw parcel records, footprints
// reprojected to WGS84 from the file's declared CRS (api/domain/geo/crs.ts). No I/O.
import { invalid } from '../shared/domainError';
import type { Geometry } from 'geojson';
import { crsFromName, crsWithoutDeclaration, settleCrs, positionsOf, supportedCrs, toWgs84, type Crs } from '../geo/crs';

export interface RawRecord {
  /** 1-based row (CSV data line or feature number) for the validation report. */
  row: number;
  value: Record<string, unknown>;
}

// Spellings of yes/no in exchanged files: JSON, 0/1 (GPKG, DBF numbers), 是/否, DBF logical T/F and Y/N.
const booleans: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, 是: true, 否: false, t: true, f: false, y: true, n: false, yes: true, no: false };
const booleanFields = new Set(['surfaceAllocated', 'publicParking', 'civilAirDefence']);
const numberFields = new Set(['surfaceUnitPrice', 'surfaceTermYears']);
const jsonFields = new Set(['footprint', 'layers']);

/** Typed cell: booleans, numbers and JSON columns converted; a cell that does not convert stays text so validation names it. */
function cellValue(field: string, raw: string): unknown {
  const t = raw.trim();
  if (t === '') return undefined;
  if (booleanFields.has(field)) return booleans[t.toLowerCase()] ?? t;
  if (numberFields.has(field)) return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : t;
  if (jsonFields.has(field)) {
    try {
      return JSON.parse(t);
    } catch {
      return t;
    }
  }
  return t;
}

/** A GeoJSON FeatureCollection's features in WGS84 (null when the data is not one); properties as they are. */
export function geojsonFeatures(data: unknown, picked?: Crs): { features: { properties: Record<string, unknown> | null; geometry: unknown }[] } | null {
  const fc = data as { type?: unknown; features?: unknown };
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return null;
  // RFC 7946 §3.3: every member of features is a Feature object; anything else is not this format.
  const isFeature = (f: unknown) => !!f && typeof f === 'object' && !Array.isArray(f) && (f as { type?: unknown }).type === 'Feature';
  if (!fc.features.every(isFeature)) return null;
  const crs = fileCrs(fc as { crs?: unknown; features: { geometry?: unknown }[] }, picked);
  return {
    features: fc.features.map((f: unknown) => {
      const feature = f as { properties?: Record<string, unknown> | null; geometry?: unknown };
      return { properties: feature.properties ?? null, geometry: reprojected(feature.geometry, crs) };
    }),
  };
}

const isGeometry = (g: unknown): g is Geometry => !!g && typeof g === 'object' && Array.isArray((g as { coordinates?: unknown }).coordinates);

/**
 * The file's CRS (issue 12): the GeoJSON `crs` member if there is one (GeoJSON 2008; QGIS and
 * ogr2ogr still write it for projected data), else the user's pick, else WGS84 when the numbers
 * are degrees. A CRS outside api/domain/geo/crs.ts, projected numbers with no CRS and no pick, or a
 * pick that disagrees with the file, are refused before anything is read.
 */
function fileCrs(fc: { crs?: unknown; features: { geometry?: unknown }[] }, picked: Crs | undefined): Crs {
  const name = (fc.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  return settleCrs(typeof name === 'string' ? crsFromName(name) : undefined, picked, () => {
    const sample = fc.features.map((f) => (f && typeof f === 'object' ? f.geometry : undefined)).filter(isGeometry).slice(0, 50).flatMap((g) => positionsOf(g).slice(0, 5));
    return sample.length === 0 ? supportedCrs.get(4326)! : crsWithoutDeclaration(sample);
  });
}

/** A footprint in WGS84; a malformed geometry is passed on unchanged for the row's validation to name. */
function reprojected(g: unknown, crs: Crs): unknown {
  if (crs.geographic || !isGeometry(g)) return g;
  try {
    return toWgs84(g, crs);
  } catch {
    return g;
  }
}

/** An uploaded parcel file as text: CSV when its name or type says so, else GeoJSON. */
export interface ParcelUpload {
  text: string;
  csv: boolean;
  /** A zipped Shapefile's bytes (then `text` is empty). */
  zip?: Uint8Array;
  /** `text` is a KML document. */
  kml?: boolean;
  /** A GeoPackage's bytes (then `text` is empty). */
  gpkg?: Uint8Array;
  /** Parcel field → the file's column (the import's column-mapping step); unmapped columns go by name. */
  mapping?: ColumnMapping;
  /** The CRS the user picked, used only when the file declares none (api/domain/geo/crs.ts settleCrs). */
  crs?: Crs;
}

/** The refusal of a file that is neither a GeoJSON FeatureCollection nor CSV. */
export const notAParcelFile = () =>
  invalid('import_unreadable', { zh: '文件应为 GeoJSON 要素集合或 CSV', en: 'The file must be a GeoJSON FeatureCollection or CSV' }, 'file');

/** A GeoJSON upload's features; text that is not a FeatureCollection is refused. */
export function geojsonUpload(text: string, picked?: Crs) {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw notAParcelFile();
  }
  const fc = geojsonFeatures(data, picked);
  if (!fc) throw notAParcelFile();
  return fc;
}

/** The parcel fields a file may name; a DBF cuts names to 10 characters (dBASE III). */
export const parcelFileFields = ['code', 'name', 'kind', 'publicLand', 'countyCode', 'townshipCode', 'use', 'supply', 'surfaceAllocated', 'surfaceUnitPrice', 'publicParking', 'civilAirDefence', 'wartimeUse', 'peacetimeUse', 'status', 'termStart', 'surfaceUse', 'surfaceTermYears', 'layers', 'footprint'] as const;
export type ParcelFileField = (typeof parcelFileFields)[number];
export type ColumnMapping = Partial<Record<ParcelFileField, string>>;
const fieldNames: readonly string[] = parcelFileFields;

/** A DBF-truncated name (e.g. `surfaceAll`) back to the one field it can only be; others unchanged. */
export function untruncatedName(name: string): string {
  if (fieldNames.includes(name) || name.length !== 10) return name;
  const matches = fieldNames.filter((f) => f.toLowerCase().startsWith(name.toLowerCase()));
  return matches.length === 1 ? matches[0]! : name;
}

const dayOf = (v: unknown): unknown => {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  // ogr2ogr and Excel write 2024/06/01 (or 2024/6/1).
  const ymd = typeof v === 'string' ? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v.trim()) : null;
  if (ymd) return `${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}`;
  return v;
};

/** The mapping's columns that the file does not have: the mapping step named something else. */
function checkMapping(mapping: ColumnMapping, columns: ReadonlySet<string>): void {
  for (const [field, column] of Object.entries(mapping)) {
    if (field === 'footprint' || columns.has(column!)) continue;
    throw invalid('unknown_column', { zh: `列映射指向的列 “${column}” 不在文件中`, en: `the mapped column "${column}" is not in the file` }, `mapping.${field}`);
  }
}

/**
 * Features read by any reader (Shapefile, GeoPackage, KML, CSV, GeoJSON) as parcel records: a
 * column the mapping names goes to its field; other names are restored (DBF cuts them to 10
 * characters); values typed like CSV cells (0/1/是/否/T/F, numbers, JSON layers, YYYY/MM/DD dates).
 */
export function featureRecords(fc: { features: { properties: Record<string, unknown> | null; geometry: unknown }[] }, mapping: ColumnMapping = {}): RawRecord[] {
  const columns = new Set(fc.features.flatMap((f) => Object.keys(f.properties ?? {})));
  checkMapping(mapping, columns);
  const byColumn = new Map(Object.entries(mapping).filter(([f]) => f !== 'footprint').map(([f, c]) => [c!, f]));
  const mapped = new Set(byColumn.values());
  return fc.features.map((f, i) => {
    const value: Record<string, unknown> = {};
    for (const [k, raw] of Object.entries(f.properties ?? {})) {
      const field = byColumn.get(k) ?? untruncatedName(k);
      // A field the mapping fills from another column is not also filled by its own name.
      if (!byColumn.has(k) && mapped.has(field)) continue;
      const v = dayOf(raw);
      if (v === null || v === undefined) continue;
      // A number is typed like its cell text, but a non-finite one (JSON 1e999 is Infinity) stays as
      // it is, for the record's schema to refuse ("Infinity" is no parcel code).
      const typed = typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? cellValue(field, String(v)) : v;
      if (typed !== undefined) value[field] = typed;
    }
    return { row: i + 1, value: { ...value, footprint: f.geometry ?? value.footprint } };
  });
}
