// GeoPackage geometry blobs (OGC 12-128r18 §2.1.3): the "GP" header (version 0, little-endian,
// srs_id, an [minx, maxx, miny, maxy] envelope for anything but a point) followed by standard
// ISO WKB (OGC 06-103r4 §8.2). Written here because the export writes only the 2D types the
// app stores; GDAL reads the result back in tests/api/geoExports.test.ts. No I/O.
import type { Geometry, Position } from 'geojson';

const wkbType: Record<string, number> = { Point: 1, LineString: 2, Polygon: 3, MultiPoint: 4, MultiLineString: 5, MultiPolygon: 6 };

/** The GeoPackage geometry_type_name of a set of geometries: the one type, MULTIPOLYGON when polygons mix with multipolygons, else GEOMETRY. */
export function gpkgTypeName(geometries: readonly Geometry[]): string {
  const types = new Set(geometries.map((g) => g.type));
  if (types.size === 1) return [...types][0]!.toUpperCase();
  if ([...types].every((t) => t === 'Polygon' || t === 'MultiPolygon')) return 'MULTIPOLYGON';
  return 'GEOMETRY';
}

/** A polygon promoted to a multipolygon when the layer holds both (one geometry type per table/file). */
export function promoteToMulti(g: Geometry, typeName: string): Geometry {
  return typeName === 'MULTIPOLYGON' && g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g;
}

class WkbWriter {
  private parts: number[] = [];
  private bytes: Uint8Array[] = [];
  u8(v: number) { this.flush(); this.bytes.push(Uint8Array.of(v)); }
  u32(v: number) { this.flush(); const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, v, true); this.bytes.push(b); }
  f64(v: number) { this.parts.push(v); }
  private flush() {
    if (this.parts.length === 0) return;
    const b = new Uint8Array(this.parts.length * 8);
    const view = new DataView(b.buffer);
    this.parts.forEach((v, i) => view.setFloat64(i * 8, v, true));
    this.bytes.push(b);
    this.parts = [];
  }
  done(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.bytes.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of this.bytes) { out.set(b, at); at += b.length; }
    return out;
  }
}

function writeGeometry(w: WkbWriter, g: Geometry): void {
  if (g.type === 'GeometryCollection') throw new Error('geometry collections are not exported');
  w.u8(1);
  w.u32(wkbType[g.type]!);
  const pt = (p: Position) => { w.f64(p[0]!); w.f64(p[1]!); };
  const line = (ps: Position[]) => { w.u32(ps.length); ps.forEach(pt); };
  const poly = (rings: Position[][]) => { w.u32(rings.length); rings.forEach(line); };
  switch (g.type) {
    case 'Point': pt(g.coordinates); break;
    case 'LineString': line(g.coordinates); break;
    case 'Polygon': poly(g.coordinates); break;
    case 'MultiPoint': w.u32(g.coordinates.length); g.coordinates.forEach((p) => writeGeometry(w, { type: 'Point', coordinates: p })); break;
    case 'MultiLineString': w.u32(g.coordinates.length); g.coordinates.forEach((l) => writeGeometry(w, { type: 'LineString', coordinates: l })); break;
    case 'MultiPolygon': w.u32(g.coordinates.length); g.coordinates.forEach((p) => writeGeometry(w, { type: 'Polygon', coordinates: p })); break;
  }
}

/** ISO WKB, little-endian, 2D. */
export function wkb(g: Geometry): Uint8Array {
  const w = new WkbWriter();
  writeGeometry(w, g);
  return w.done();
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point': return [g.coordinates];
    case 'LineString': case 'MultiPoint': return g.coordinates;
    case 'Polygon': case 'MultiLineString': return g.coordinates.flat();
    case 'MultiPolygon': return g.coordinates.flat(2);
    default: return g.geometries.flatMap(positions);
  }
}

/** The geometry's [minx, miny, maxx, maxy]. */
export function extentOf(g: Geometry): [number, number, number, number] {
  const ps = positions(g);
  return [Math.min(...ps.map((p) => p[0]!)), Math.min(...ps.map((p) => p[1]!)), Math.max(...ps.map((p) => p[0]!)), Math.max(...ps.map((p) => p[1]!))];
}

/** A GeoPackage geometry blob: header (with an envelope unless a point) + WKB. */
export function gpkgGeometry(g: Geometry, srsId: number): Uint8Array {
  const point = g.type === 'Point';
  const header = new Uint8Array(8 + (point ? 0 : 32));
  const view = new DataView(header.buffer);
  header.set([0x47, 0x50, 0]);
  // flags: bit 0 little-endian; bits 1–3 envelope kind (1 = minx, maxx, miny, maxy).
  view.setUint8(3, point ? 0b0000_0001 : 0b0000_0011);
  view.setInt32(4, srsId, true);
  if (!point) {
    const [minx, miny, maxx, maxy] = extentOf(g);
    [minx, maxx, miny, maxy].forEach((v, i) => view.setFloat64(8 + i * 8, v, true));
  }
  const body = wkb(g);
  const out = new Uint8Array(header.length + body.length);
  out.set(header);
  out.set(body, header.length);
  return out;
}

/** Rings in the Shapefile order (ESRI whitepaper: outer rings clockwise, holes counter-clockwise) from RFC 7946's opposite order. */
export function shapefileRings(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => [...r].reverse()) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => [...r].reverse())) };
  return g;
}
