// Planar distance in metres between two footprints, for the 5 m neighbour rule of connections.
// Over a few metres an equirectangular projection around the pair is exact to well under a
// millimetre, so a local plane is used instead of geodesic segment distances. No I/O.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { footprintBbox, footprintRings } from './parcelVolume';

// Mean Earth radius used by turf (turf/helpers earthRadius), so distances agree with turf area.
const earthRadiusM = 6_371_008.8;
export const metresPerDegreeLat = (Math.PI / 180) * earthRadiusM;

type Pt = readonly [number, number];
type Ring = Pt[];

function project(rings: Position[][], lon0: number, lat0: number): Ring[] {
  const kx = metresPerDegreeLat * Math.cos((lat0 * Math.PI) / 180);
  return rings.map((r) => r.map(([lon, lat]) => [(lon - lon0) * kx, (lat - lat0) * metresPerDegreeLat] as const));
}

function cross(o: Pt, a: Pt, b: Pt): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function onSegment(p: Pt, a: Pt, b: Pt): boolean {
  return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}

function segmentsIntersect(p1: Pt, p2: Pt, q1: Pt, q2: Pt): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    (d1 === 0 && onSegment(p1, q1, q2)) ||
    (d2 === 0 && onSegment(p2, q1, q2)) ||
    (d3 === 0 && onSegment(q1, p1, p2)) ||
    (d4 === 0 && onSegment(q2, p1, p2))
  );
}

function pointSegmentDistance(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Even-odd rule over all rings, so holes count as outside. */
function inside(p: Pt, rings: Ring[]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function segments(rings: Ring[]): [Pt, Pt][] {
  const out: [Pt, Pt][] = [];
  for (const r of rings) for (let i = 1; i < r.length; i++) out.push([r[i - 1], r[i]]);
  return out;
}

/** 0 when the footprints touch or overlap, else the shortest planar gap in metres. */
export function footprintDistanceM(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): number {
  const ba = footprintBbox(a);
  const bb = footprintBbox(b);
  const lon0 = (ba[0] + ba[2] + bb[0] + bb[2]) / 4;
  const lat0 = (ba[1] + ba[3] + bb[1] + bb[3]) / 4;
  const ra = project(footprintRings(a), lon0, lat0);
  const rb = project(footprintRings(b), lon0, lat0);
  const sa = segments(ra);
  const sb = segments(rb);
  for (const [p1, p2] of sa) for (const [q1, q2] of sb) if (segmentsIntersect(p1, p2, q1, q2)) return 0;
  // No edge crossing: either disjoint or one polygon (of a multipolygon) lies inside the other.
  if (ra.some((r) => inside(r[0], rb)) || rb.some((r) => inside(r[0], ra))) return 0;
  let best = Infinity;
  for (const r of ra) for (const p of r) for (const [q1, q2] of sb) best = Math.min(best, pointSegmentDistance(p, q1, q2));
  for (const r of rb) for (const p of r) for (const [p1, p2] of sa) best = Math.min(best, pointSegmentDistance(p, p1, p2));
  return best;
}
