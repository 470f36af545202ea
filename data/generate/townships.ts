import { area, bboxClip } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { County, Township } from './referenceData';

// No package reachable here ships township boundaries (data/README.md), so township AREAS are
// synthetic: each real county polygon is cut by recursive bisection into pieces whose areas are
// proportional to the townships' village counts. No randomness here: the caller decides the order
// of the townships (geography.ts shuffles it by seed), and the order decides the layout.

export interface TownshipProperties {
  code: string;
  name: string;
  countyCode: string;
  villageCount: number;
  synthetic: true;
}

export type TownshipArea = Feature<Polygon | MultiPolygon, TownshipProperties>;

type Geometry = Polygon | MultiPolygon;
type Bbox = [number, number, number, number];

/** Parts smaller than this (m²) are clipping slivers, not land: the county grid is ~100 m. */
const sliverM2 = 10;
const bisectionSteps = 60;
const fractionTolerance = 1e-9;

/** A township with no listed village still needs land; it weighs as one village. */
function weightOf(t: Township): number {
  return Math.max(t.villageCount, 1);
}

function boundsOf(geometry: Geometry): Bbox {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const [x, y] of rings[0] ?? []) {
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  }
  return b;
}

function clip(geometry: Geometry, box: Bbox): Geometry {
  // bboxClip returns the input's geometry type; its signature only says "some geometry".
  return bboxClip(geometry, box).geometry as Geometry;
}

/** Index k so that items[0..k) and items[k..) each weigh about half; both sides non-empty. */
function halfWeightIndex(items: readonly Township[]): number {
  const total = items.reduce((s, t) => s + weightOf(t), 0);
  let best = 1;
  let bestGap = Infinity;
  let prefix = 0;
  for (let k = 1; k < items.length; k++) {
    prefix += weightOf(items[k - 1]);
    const gap = Math.abs(prefix - total / 2);
    if (gap < bestGap) {
      best = k;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * Boxes below/left and above/right of a cut at `at` on the longer bbox axis (longer on the
 * ground: a degree of longitude is cos(lat) of a degree of latitude), padded so that only the
 * cut line itself ever creates new vertices.
 */
function cutBoxes(b: Bbox, at: number, alongX: boolean): [Bbox, Bbox] {
  const pad = 1;
  return alongX
    ? [
        [b[0] - pad, b[1] - pad, at, b[3] + pad],
        [at, b[1] - pad, b[2] + pad, b[3] + pad],
      ]
    : [
        [b[0] - pad, b[1] - pad, b[2] + pad, at],
        [b[0] - pad, at, b[2] + pad, b[3] + pad],
      ];
}

function bisect(geometry: Geometry, items: readonly Township[], out: Map<string, Geometry>): void {
  if (items.length === 1) {
    out.set(items[0].code, geometry);
    return;
  }
  const k = halfWeightIndex(items);
  const low = items.slice(0, k);
  const high = items.slice(k);
  const total = items.reduce((s, t) => s + weightOf(t), 0);
  const target = low.reduce((s, t) => s + weightOf(t), 0) / total;

  const b = boundsOf(geometry);
  const midLat = ((b[1] + b[3]) / 2) * (Math.PI / 180);
  const alongX = (b[2] - b[0]) * Math.cos(midLat) >= b[3] - b[1];
  const wholeArea = area(geometry);

  // The area left of (or below) the cut grows monotonically with the cut position,
  // so a binary search finds the position whose area fraction matches the weight fraction.
  let lo = alongX ? b[0] : b[1];
  let hi = alongX ? b[2] : b[3];
  for (let i = 0; i < bisectionSteps; i++) {
    const mid = (lo + hi) / 2;
    const fraction = area(clip(geometry, cutBoxes(b, mid, alongX)[0])) / wholeArea;
    if (Math.abs(fraction - target) < fractionTolerance) {
      lo = hi = mid;
      break;
    }
    if (fraction < target) lo = mid;
    else hi = mid;
  }
  const [lowBox, highBox] = cutBoxes(b, (lo + hi) / 2, alongX);
  bisect(clip(geometry, lowBox), low, out);
  bisect(clip(geometry, highBox), high, out);
}

function withoutRepeats(ring: Position[]): Position[] {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
}

/** Drops repeated vertices, degenerate rings and sliver parts; null when nothing is left. */
export function withoutSlivers(geometry: Geometry): Geometry | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    // A lost exterior ring loses its holes too: a hole must not be promoted to an exterior.
    const exterior = withoutRepeats(rings[0] ?? []);
    if (exterior.length < 4) continue;
    const cleaned = [exterior, ...rings.slice(1).map(withoutRepeats).filter((r) => r.length >= 4)];
    if (area({ type: 'Polygon', coordinates: cleaned }) < sliverM2) continue;
    kept.push(cleaned);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

/**
 * Synthetic township areas covering one county, in the order given, with area shares equal to
 * village-count shares (to the bisection tolerance). Returns the features sorted by code.
 */
export function townshipAreas(county: County, townships: readonly Township[]): TownshipArea[] {
  const own = townships.filter((t) => t.countyCode === county.code);
  if (own.length === 0) throw new Error(`county ${county.code} has no townships`);
  const pieces = new Map<string, Geometry>();
  bisect(county.geometry, own, pieces);
  return own
    .map((t): TownshipArea => {
      const geometry = withoutSlivers(pieces.get(t.code)!);
      if (!geometry) throw new Error(`township ${t.code} ${t.name} got no land in county ${county.code}`);
      return {
        type: 'Feature',
        properties: { code: t.code, name: t.name, countyCode: t.countyCode, villageCount: t.villageCount, synthetic: true },
        geometry,
      };
    })
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}
