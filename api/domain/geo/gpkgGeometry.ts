// GeoPackage geometry blobs (OGC 12-128r18 §2.1.3): the "GP" header (version, flags, srs_id, an
// optional envelope) followed by standard WKB (OGC 06-103r4 §8.2), which wkx writes and reads.
// One module for both directions: the export writes blobs (api/services/shared/gisFiles.ts), the
// import reads them (api/services/imports/readGeoPackage.ts). No I/O.
import wkx from 'wkx';
import type { Geometry, Position } from 'geojson';

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
  const body = wkx.Geometry.parseGeoJSON(g).toWkb();
  const out = new Uint8Array(header.length + body.length);
  out.set(header);
  out.set(body, header.length);
  return out;
}

/** The geometry in a GeoPackage blob (§2.1.3.1: magic "GP", version, flags, srs_id, envelope); null when flagged empty. */
export function readGpkgGeometry(blob: Uint8Array): Geometry | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error('not a GeoPackage geometry');
  const flags = blob[3]!;
  if (flags & 0b10000) return null;
  // Envelope bytes by the indicator in flag bits 1–3: none, xy, xyz, xym, xyzm.
  const envelope = [0, 32, 48, 48, 64][(flags >> 1) & 0b111];
  if (envelope === undefined) throw new Error('bad envelope indicator');
  const wkb = Buffer.from(blob.buffer, blob.byteOffset + 8 + envelope, blob.length - 8 - envelope);
  return wkx.Geometry.parse(wkb).toGeoJSON() as Geometry;
}

/** Rings in the Shapefile order (ESRI whitepaper: outer rings clockwise, holes counter-clockwise) from RFC 7946's opposite order. */
export function shapefileRings(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => [...r].reverse()) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => [...r].reverse())) };
  return g;
}
