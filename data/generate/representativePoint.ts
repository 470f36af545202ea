import type { MultiPolygon, Polygon, Position } from 'geojson';
import { pointInPolygon } from './random';

/**
 * A point guaranteed inside a (multi)polygon: the centroid of the exterior vertices when it is
 * inside, otherwise the midpoint of the widest inside interval on the horizontal line through
 * the middle of the largest-bbox part. turf.pointOnFeature falls back to a boundary vertex, which
 * on clipped township pieces can sit on a zero-width bridge, hence this helper.
 */
export function representativePoint(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (const rings of polygons) {
    for (const [x, y] of (rings[0] ?? []).slice(1)) {
      sx += x;
      sy += y;
      n++;
    }
  }
  if (n === 0) throw new RangeError('representativePoint: empty geometry');
  const centroid: [number, number] = [sx / n, sy / n];
  if (pointInPolygon(centroid[0], centroid[1], geometry)) return centroid;

  let best: [number, number] | null = null;
  let bestWidth = -1;
  for (const rings of polygons) {
    const ys = (rings[0] ?? []).map((p) => p[1]);
    // Nudge off the exact middle so the scan line does not run through a grid vertex.
    const y = (Math.min(...ys) + Math.max(...ys)) / 2 + 1e-7;
    const xs = crossings(rings, y).sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const x = (xs[i] + xs[i + 1]) / 2;
      const width = xs[i + 1] - xs[i];
      if (width > bestWidth && pointInPolygon(x, y, geometry)) {
        best = [x, y];
        bestWidth = width;
      }
    }
  }
  if (!best) throw new RangeError('representativePoint: no interior point found');
  return best;
}

function crossings(rings: Position[][], y: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1];
      const [x2, y2] = ring[i];
      if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  return xs;
}
