import { booleanPointInPolygon, kinks, polygon as turfPolygon, rewind } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import type { Bbox } from './bbox';
import { geoError, type GeoResult } from './geoInputError';
import { haidongExtent } from './haidongExtent';
import { validatePosition } from './position';

export interface PolygonValidationOptions {
  /** Path prefix in errors, e.g. 'geometry' or 'footprint'. */
  field?: string;
  extent?: Bbox;
  /** turf.kinks is quadratic in the vertex count; larger inputs are refused before it runs. */
  maxPositions?: number;
}

function distinctCount(ring: Position[]): number {
  return new Set(ring.slice(0, -1).map(([x, y]) => `${x},${y}`)).size;
}

/**
 * Validates a GeoJSON Polygon from API input and returns it normalised: 2-D positions, exterior
 * ring counter-clockwise and holes clockwise (RFC 7946 §3.1.6). Checks, in order, with the first
 * failure reported: shape, ≥ 4 positions per ring and closed rings (§3.1.6), finite numbers in
 * WGS84 range inside the extent, ≥ 3 distinct positions, no self-intersection, holes inside.
 */
export function validatePolygon(input: unknown, options: PolygonValidationOptions = {}): GeoResult<Polygon> {
  const { field = 'geometry', extent = haidongExtent, maxPositions = 5000 } = options;
  if (input === null || typeof input !== 'object') return geoError('required', field, '缺少面几何', 'must be a GeoJSON Polygon');
  const { type, coordinates } = input as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon') return geoError('wrong_type', `${field}.type`, '几何类型应为 Polygon', "type must be 'Polygon'");
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    return geoError('malformed', `${field}.coordinates`, '应为至少一个环的数组', 'must be an array of at least one linear ring');
  }
  let total = 0;
  const rings: Position[][] = [];
  for (let i = 0; i < coordinates.length; i++) {
    const ringField = `${field}.coordinates[${i}]`;
    const raw: unknown = coordinates[i];
    if (!Array.isArray(raw)) return geoError('malformed', ringField, '环应为坐标数组', 'must be an array of positions');
    if (raw.length < 4) {
      return geoError('too_few_positions', ringField, `环至少需要 4 个坐标，实为 ${raw.length} 个`, `needs at least 4 positions, got ${raw.length}`);
    }
    total += raw.length;
    if (total > maxPositions) {
      return geoError('too_many_positions', `${field}.coordinates`, `坐标数超过上限 ${maxPositions}`, `has more than ${maxPositions} positions`);
    }
    const ring: Position[] = [];
    for (let j = 0; j < raw.length; j++) {
      const position = validatePosition(raw[j], `${ringField}[${j}]`, extent);
      if (!position.ok) return position;
      ring.push(position.value);
    }
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      return geoError('unclosed_ring', ringField, '环未闭合：首尾坐标必须相同', 'is not closed: the first and last positions must be equal');
    }
    if (distinctCount(ring) < 3) {
      return geoError('degenerate_ring', ringField, '环至少需要 3 个不同的坐标', 'needs at least 3 distinct positions');
    }
    rings.push(ring);
  }
  for (let i = 0; i < rings.length; i++) {
    const own = kinks(turfPolygon([rings[i]])).features[0];
    if (own) {
      const [x, y] = own.geometry.coordinates;
      return geoError('self_intersection', `${field}.coordinates[${i}]`, `环自相交（约在 ${x}, ${y}）`, `crosses itself near (${x}, ${y})`);
    }
  }
  const shape = turfPolygon(rings);
  const crossing = rings.length > 1 ? kinks(shape).features[0] : undefined;
  if (crossing) {
    const [x, y] = crossing.geometry.coordinates;
    return geoError('self_intersection', `${field}.coordinates`, `内外环相交（约在 ${x}, ${y}）`, `rings cross each other near (${x}, ${y})`);
  }
  const exterior = turfPolygon([rings[0]]);
  for (let i = 1; i < rings.length; i++) {
    // No ring crosses another (checked above), so a hole lies inside iff all its vertices are
    // inside or on the exterior ring; a hole may touch the exterior at a vertex.
    if (!rings[i].every((p) => booleanPointInPolygon(p, exterior))) {
      return geoError('hole_outside', `${field}.coordinates[${i}]`, '内环（洞）不在外环之内', 'is a hole outside the exterior ring');
    }
  }
  return { ok: true, value: rewind(shape.geometry, { mutate: false }) as Polygon };
}
