// The one table contract every list tied to the map answers with (hazards, venues, parcels,
// conflicts, education cases): columns with Bilingual labels, rows whose cells are already words
// in the caller's language (never an internal code alone), the sort, the page and the total; and
// the same columns as an export of exactly the filtered set (CSV here; XLSX in
// api/services/shared/tableXlsx.ts; GeoJSON where a row has a place). No I/O.
import type { MultiPolygon, Polygon } from 'geojson';
import type { Bilingual, Language } from './bilingual';
import type { Geometry } from 'geojson';
import { csvField } from './documentText';

export const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];

export const exportFormats = ['csv', 'xlsx', 'geojson'] as const;
/** Lists whose rows are map features also export as GIS files: GeoPackage and zipped Shapefile (issue 12). */
export const geoExportFormats = [...exportFormats, 'gpkg', 'shp'] as const;
export type ExportFormat = (typeof geoExportFormats)[number];

export type Cell = string | number | null;

/** One column: its key (the sort key when sortable), its heading and how a row reads in it. */
export interface TableColumn<R> {
  readonly key: string;
  readonly label: Bilingual;
  readonly cell: (row: R, lang: Language) => Cell;
  readonly sortable?: boolean;
  /** Numbers align right and sort as numbers in the list. */
  readonly numeric?: boolean;
  /** The cell is a calendar day (YYYY-MM-DD): a date cell in XLSX, a DATE column in GeoPackage. */
  readonly date?: boolean;
  /**
   * The DBF field name when the key is longer than a DBF allows (10 ASCII characters); listed in
   * docs/EXPORTS.md, checked by tests/domain/geoExportFields.test.ts.
   */
  readonly shpName?: string;
}

/** Where a row is on the map: a point, or the extent of a shape. */
export type RowPlace = { readonly point: readonly [number, number] } | { readonly bbox: readonly [number, number, number, number] };

export interface TableDefinition<R> {
  /** The sheet's and the file's name. */
  readonly title: Bilingual;
  /** The GIS layer's name (ASCII, the GeoPackage table and the Shapefile's file names); lists without one do not export GIS files. */
  readonly layer?: string;
  readonly columns: readonly TableColumn<R>[];
  readonly id: (row: R) => number | string;
  readonly place?: (row: R) => RowPlace | null;
  /** The row's own shape (e.g. a parcel's footprint) for the GIS exports; a row without one is exported at its place. */
  readonly geometry?: (row: R) => Geometry | null;
  /** The sort when the request names none. */
  readonly defaultSort: { readonly key: string; readonly dir: SortDirection };
}

export interface TableHeading {
  key: string;
  label: string;
  sortable: boolean;
  numeric: boolean;
}

export interface TableRow {
  id: number | string;
  cells: Record<string, Cell>;
  place: RowPlace | null;
}

/** A page of a list, as the API answers it and the web list draws it. */
export interface TablePage {
  title: string;
  columns: TableHeading[];
  rows: TableRow[];
  total: number;
  sort: string;
  dir: SortDirection;
  limit: number;
  offset: number;
  /** The definition has a GIS `layer`: the list also exports GeoJSON, GeoPackage and zipped Shapefile. */
  gis: boolean;
}

export function tableHeadings<R>(def: TableDefinition<R>, lang: Language): TableHeading[] {
  return def.columns.map((c) => ({ key: c.key, label: c.label[lang], sortable: c.sortable === true, numeric: c.numeric === true }));
}

export function tableRows<R>(def: TableDefinition<R>, rows: readonly R[], lang: Language): TableRow[] {
  return rows.map((r) => ({
    id: def.id(r),
    cells: Object.fromEntries(def.columns.map((c) => [c.key, c.cell(r, lang)])),
    place: def.place?.(r) ?? null,
  }));
}

/** The sort keys a request may name: the sortable columns' keys. */
export function sortKeys<R>(def: TableDefinition<R>): string[] {
  return def.columns.filter((c) => c.sortable).map((c) => c.key);
}

/** The requested sort when it names a sortable column, else the table's default. */
export function resolveSort<R>(def: TableDefinition<R>, key: string | undefined, dir: SortDirection | undefined): { key: string; dir: SortDirection } {
  if (key && sortKeys(def).includes(key)) return { key, dir: dir ?? 'asc' };
  return { key: def.defaultSort.key, dir: dir ?? def.defaultSort.dir };
}

export function tablePage<R>(
  def: TableDefinition<R>,
  rows: readonly R[],
  lang: Language,
  at: { total: number; sort: { key: string; dir: SortDirection }; limit: number; offset: number },
): TablePage {
  return {
    title: def.title[lang],
    columns: tableHeadings(def, lang),
    rows: tableRows(def, rows, lang),
    total: at.total,
    sort: at.sort.key,
    dir: at.sort.dir,
    limit: at.limit,
    offset: at.offset,
    gis: def.layer !== undefined,
  };
}

/** Heading row and data rows in the caller's language: what CSV and XLSX write. */
export function tableMatrix<R>(def: TableDefinition<R>, rows: readonly R[], lang: Language): { header: string[]; body: Cell[][] } {
  return { header: def.columns.map((c) => c.label[lang]), body: rows.map((r) => def.columns.map((c) => c.cell(r, lang))) };
}

/**
 * RFC 4180 CSV (CRLF, quoted where needed) with a UTF-8 BOM so that Excel opens the Chinese
 * headings as such, fields made safe by the one document-text helper (csvField: control
 * characters dropped, formulas defused); parseCsvRows (csv.ts) reads it back.
 */
export function tableCsv<R>(def: TableDefinition<R>, rows: readonly R[], lang: Language): string {
  const { header, body } = tableMatrix(def, rows, lang);
  return '\ufeff' + [header, ...body].map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A row's geometry for the GIS files: its own shape, else its place (a shape's extent as its centre). */
function rowGeometry<R>(def: TableDefinition<R>, row: R): Geometry | null {
  const own = def.geometry?.(row);
  if (own) return own;
  const place = def.place?.(row);
  if (!place) return null;
  const [lon, lat] = 'point' in place ? place.point : [(place.bbox[0] + place.bbox[2]) / 2, (place.bbox[1] + place.bbox[3]) / 2];
  return { type: 'Point', coordinates: [lon, lat] };
}

export interface TableFeature {
  id: number | string;
  geometry: Geometry;
  /** The cells by column key, in the caller's language. */
  cells: Record<string, Cell>;
}

/** The rows that have a geometry as features (rows without one are left out). */
export function tableFeatures<R>(def: TableDefinition<R>, rows: readonly R[], lang: Language): TableFeature[] {
  return rows.flatMap((r) => {
    const geometry = rowGeometry(def, r);
    return geometry ? [{ id: def.id(r), geometry, cells: Object.fromEntries(def.columns.map((c) => [c.key, c.cell(r, lang)])) }] : [];
  });
}

/** The rows as RFC 7946 GeoJSON (a shape row with its own polygon, others as points), the cells as properties keyed by the column labels. */
export function tableGeoJson<R>(def: TableDefinition<R>, rows: readonly R[], lang: Language) {
  const features = tableFeatures(def, rows, lang).map((f) => ({
    type: 'Feature' as const,
    id: f.id,
    geometry: f.geometry,
    properties: Object.fromEntries(def.columns.map((c) => [c.label[lang], f.cells[c.key] ?? null])),
  }));
  return { type: 'FeatureCollection' as const, name: def.title[lang], features };
}

/**
 * Rows sorted by a column's cells, for lists computed in memory rather than in SQL (e.g. the 3D
 * conflicts): numbers by value, words in Chinese collation, empty cells last, ties by id.
 */
export function sortRows<R>(def: TableDefinition<R>, rows: readonly R[], sort: { key: string; dir: SortDirection }, lang: Language): R[] {
  const column = def.columns.find((c) => c.key === sort.key);
  if (!column) return [...rows];
  const sign = sort.dir === 'desc' ? -1 : 1;
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  const keyed = rows.map((r) => ({ r, v: column.cell(r, lang), id: String(def.id(r)) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? collator.compare(a.id, b.id) : a.v === null ? 1 : -1;
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
    return c !== 0 ? sign * c : sign * collator.compare(a.id, b.id);
  });
  return keyed.map((k) => k.r);
}

/** A column's DBF field name: its key, or its shpName where the key is longer than DBF's 10 characters (docs/EXPORTS.md). */
export function shpFieldName<R>(column: TableColumn<R>): string {
  return column.shpName ?? column.key;
}
