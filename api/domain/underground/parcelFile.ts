// Reading an import file (GeoJSON FeatureCollection or CSV) into raw parcel records, footprints
// reprojected to WGS84 from the file's declared CRS (api/domain/geo/crs.ts). No I/O.
import { parseCsvRows } from '../shared/csv';
import { invalid } from '../shared/domainError';
import type { Geometry } from 'geojson';
import { crsFromName, crsWithoutDeclaration, positionsOf, supportedCrs, toWgs84, type Crs } from '../geo/crs';

export interface RawRecord {
  /** 1-based row (CSV data line or feature number) for the validation report. */
  row: number;
  value: Record<string, unknown>;
}

const booleans: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, 是: true, 否: false };
const booleanFields = new Set(['surfaceAllocated', 'publicParking', 'civilAirDefence']);
const numberFields = new Set(['surfaceUnitPrice', 'surfaceTermYears']);
const jsonFields = new Set(['footprint', 'layers']);

/** Typed cell: booleans, numbers and JSON columns converted; a cell that does not convert stays text so validation names it. */
function cellValue(field: string, raw: string): unknown {
  const t = raw.trim();
  if (t === '') return undefined;
  if (booleanFields.has(field)) return booleans[t] ?? t;
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

export function csvRecords(text: string): RawRecord[] {
  const [head, ...lines] = parseCsvRows(text);
  if (!head) return [];
  const fields = head.map((h) => h.trim());
  return lines.map((cells, i) => ({
    row: i + 1,
    value: Object.fromEntries(fields.map((f, k) => [f, cellValue(f, cells[k] ?? '')]).filter(([, v]) => v !== undefined)),
  }));
}

/** Features of a FeatureCollection: properties are the parcel fields, geometry the footprint. */
export function geojsonRecords(data: unknown): RawRecord[] | null {
  const fc = data as { type?: unknown; features?: unknown };
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return null;
  // RFC 7946 §3.3: every member of features is a Feature object; anything else is not this format.
  const isFeature = (f: unknown) => !!f && typeof f === 'object' && !Array.isArray(f) && (f as { type?: unknown }).type === 'Feature';
  if (!fc.features.every(isFeature)) return null;
  const crs = fileCrs(fc as { crs?: unknown; features: { geometry?: unknown }[] });
  return fc.features.map((f: unknown, i) => {
    const feature = (f ?? {}) as { properties?: Record<string, unknown>; geometry?: unknown };
    const props = { ...(feature.properties ?? {}) };
    if (typeof props.layers === 'string') props.layers = cellValue('layers', props.layers);
    return { row: i + 1, value: { ...props, footprint: reprojected(feature.geometry, crs) } };
  });
}

const isGeometry = (g: unknown): g is Geometry => !!g && typeof g === 'object' && Array.isArray((g as { coordinates?: unknown }).coordinates);

/**
 * The file's CRS (issue 12): the GeoJSON `crs` member if there is one (GeoJSON 2008; QGIS and
 * ogr2ogr still write it for projected data), else WGS84 when the numbers are degrees. A CRS
 * outside api/domain/geo/crs.ts, or projected numbers with no CRS, are refused before anything is read.
 */
function fileCrs(fc: { crs?: unknown; features: { geometry?: unknown }[] }): Crs {
  const name = (fc.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (typeof name === 'string') return crsFromName(name);
  const sample = fc.features.map((f) => (f && typeof f === 'object' ? f.geometry : undefined)).filter(isGeometry).slice(0, 50).flatMap((g) => positionsOf(g).slice(0, 5));
  return sample.length === 0 ? supportedCrs.get(4326)! : crsWithoutDeclaration(sample);
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
}

/** The refusal of a file that is neither a GeoJSON FeatureCollection nor CSV. */
export const notAParcelFile = () =>
  invalid('import_unreadable', { zh: '文件应为 GeoJSON 要素集合或 CSV', en: 'The file must be a GeoJSON FeatureCollection or CSV' }, 'file');

/** The records of an upload; a file that is neither a FeatureCollection nor CSV is refused. */
export function parcelRecords(upload: ParcelUpload): RawRecord[] {
  if (upload.csv) return csvRecords(upload.text);
  let data: unknown;
  try {
    data = JSON.parse(upload.text);
  } catch {
    throw notAParcelFile();
  }
  const records = geojsonRecords(data);
  if (!records) throw notAParcelFile();
  return records;
}

/** The parcel fields a file may name; a DBF cuts names to 10 characters (dBASE III). */
const parcelFieldNames = ['code', 'name', 'kind', 'publicLand', 'countyCode', 'townshipCode', 'use', 'supply', 'surfaceAllocated', 'surfaceUnitPrice', 'publicParking', 'civilAirDefence', 'wartimeUse', 'peacetimeUse', 'status', 'termStart', 'surfaceUse', 'surfaceTermYears', 'layers'];

/** A DBF-truncated name (e.g. `surfaceAll`) back to the one field it can only be; others unchanged. */
export function untruncatedName(name: string): string {
  if (parcelFieldNames.includes(name) || name.length !== 10) return name;
  const matches = parcelFieldNames.filter((f) => f.toLowerCase().startsWith(name.toLowerCase()));
  return matches.length === 1 ? matches[0]! : name;
}

const dayOf = (v: unknown): unknown => {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  // ogr2ogr and Excel write 2024/06/01.
  if (typeof v === 'string' && /^\d{4}\/\d{2}\/\d{2}$/.test(v.trim())) return v.trim().replaceAll('/', '-');
  return v;
};

/** Features read from a Shapefile or KML: names restored, values typed like CSV cells (0/1/是/否, numbers, JSON layers, dates). */
export function shapefileRecords(fc: { features: { properties: Record<string, unknown> | null; geometry: unknown }[] }): RawRecord[] {
  return fc.features.map((f, i) => {
    const value: Record<string, unknown> = {};
    for (const [k, raw] of Object.entries(f.properties ?? {})) {
      const field = untruncatedName(k);
      const v = dayOf(raw);
      if (v === null || v === undefined) continue;
      const typed = typeof v === 'string' || typeof v === 'number' ? cellValue(field, String(v)) : v;
      if (typed !== undefined) value[field] = typed;
    }
    return { row: i + 1, value: { ...value, footprint: f.geometry ?? undefined } };
  });
}
