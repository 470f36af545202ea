import wkx from 'wkx';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { crsFromName, crsWithoutDeclaration, settleCrs, positionsOf, supportedCrs, toWgs84, type Crs } from '../../domain/geo/crs';
import { parseCsvRows } from '../../domain/shared/csv';

// A CSV table read into WGS84 GeoJSON features (issue 12), for every geometry import. The geometry
// is, in this order: the column the mapping names, a WKT column as ogr2ogr writes it
// (`-lco GEOMETRY=AS_WKT` → "WKT"; also geometry/geom/the_geom, EWKT "SRID=…;" accepted, GeoJSON
// text too), or lon/lat columns (a point). A CSV has no CRS of its own: an EWKT SRID, else the
// user's pick, else degrees are WGS84 and projected-looking numbers are refused (api/domain/geo/crs.ts).

const wktHeader = /^(wkt|wkt_geom|geometry|geom|the_geom|shape)$/i;
const lonHeader = /^(lon|lng|long|longitude|经度)$/i;
const latHeader = /^(lat|latitude|纬度)$/i;

/** A geometry cell: GeoJSON text or (E)WKT; undefined when it is neither (the row's validation names it). */
function cellGeometry(text: string): { g: Geometry; srid?: number } | undefined {
  const t = text.trim();
  try {
    if (t.startsWith('{')) return { g: JSON.parse(t) as Geometry };
    const parsed = wkx.Geometry.parse(t);
    return { g: parsed.toGeoJSON() as Geometry, srid: parsed.srid || undefined };
  } catch {
    return undefined;
  }
}

export function readCsvGeometry(text: string, opts: { geometryColumn?: string; picked?: Crs } = {}): FeatureCollection<Geometry | null> {
  const [head, ...lines] = parseCsvRows(text.replace(/^\uFEFF/, ''));
  if (!head) return { type: 'FeatureCollection', features: [] };
  const header = head.map((h) => h.trim());
  const geomAt = opts.geometryColumn !== undefined ? header.indexOf(opts.geometryColumn) : header.findIndex((h) => wktHeader.test(h));
  const lonAt = header.findIndex((h) => lonHeader.test(h));
  const latAt = header.findIndex((h) => latHeader.test(h));
  const cells = lines.filter((l) => l.some((c) => c.trim() !== ''));
  const read = cells.map((c): { g: Geometry; srid?: number } | undefined => {
    if (geomAt >= 0) return c[geomAt]?.trim() ? cellGeometry(c[geomAt]!) : undefined;
    if (lonAt >= 0 && latAt >= 0) {
      const x = Number(c[lonAt]);
      const y = Number(c[latAt]);
      return c[lonAt]?.trim() && c[latAt]?.trim() && Number.isFinite(x) && Number.isFinite(y) ? { g: { type: 'Point', coordinates: [x, y] } } : undefined;
    }
    return undefined;
  });
  const srid = read.find((r) => r?.srid)?.srid;
  const sample = read.flatMap((r) => (r ? positionsOf(r.g).slice(0, 5) : [])).slice(0, 250);
  const crs: Crs = settleCrs(srid ? crsFromName(`EPSG:${srid}`) : undefined, opts.picked, () => (sample.length ? crsWithoutDeclaration(sample) : supportedCrs.get(4326)!));
  const used = new Set([geomAt, ...(geomAt < 0 && lonAt >= 0 && latAt >= 0 ? [lonAt, latAt] : [])]);
  const features: Feature<Geometry | null>[] = cells.map((c, i) => {
    const properties: Record<string, unknown> = Object.fromEntries(header.map((h, k) => [h, c[k] ?? '']).filter((_, k) => !used.has(k)));
    const r = read[i];
    // A geometry cell that does not parse stays text under `footprint`, so the row report names it.
    if (!r && geomAt >= 0 && c[geomAt]?.trim()) properties.footprint = c[geomAt];
    return { type: 'Feature', properties, geometry: r ? safeWgs84(r.g, crs) : null };
  });
  return { type: 'FeatureCollection', features };
}

function safeWgs84(g: Geometry, crs: Crs): Geometry {
  try {
    return toWgs84(g, crs);
  } catch {
    return g;
  }
}
