import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import {
  coverage,
  coverageCounts,
  flattenCatchments,
  type CatchmentProperties,
  type ChildProperties,
  type CoverageInput,
} from '../../../api/domain/education/coverage';
import { naiveCoverage } from '../../reference/naiveCoverage';

const fixtureDir = new URL('../../fixtures/education/coverage/', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, fixtureDir), 'utf8'));

describe('coverage golden fixture (grid unit 0.25°, see fixture README)', () => {
  const input: CoverageInput = { catchments: readJson('in/catchments.geojson'), children: readJson('in/children.geojson') };
  const result = coverage(input);

  it('matches the hand-computed expectations', () => {
    // SA: c01 (3,3) inside; c02 (4,2) on the shared edge x = 4; c04 (1,1.5) on the hole edge → 3; 3/4 = 0.75
    //     c03 (1.5,1.5) lies in the hole → not SA.
    // SB: c02 (shared edge) and c12 (8,0) on SB's corner → 2; 2/2 = 1
    // SC (junior): c05 (3,3) inside, c07 (6,4) on the corner → 2; c06 (7,3) outside → 2/10 = 0.2
    // SD: c10 (5,6) in the second part → 1; capacity 0 → utilization null. c11 (3,6) between parts.
    // c08 age 5 and c09 age 16 are not school age → ignoredChildren 2.
    expect(result.catchments.map((c) => [c.schoolId, c.children, c.utilization])).toEqual([
      ['SA', 3, 0.75],
      ['SB', 2, 1],
      ['SC', 2, 0.2],
      ['SD', 1, null],
    ]);
    expect(result.uncovered).toEqual(['c03', 'c06', 'c11']);
    expect(result.overlaps).toEqual([{ id: 'c02', schoolIds: ['SA', 'SB'] }]);
    expect(result.ignoredChildren).toBe(2);
  });

  it('matches the golden output file (REGEN=1 rewrites it)', () => {
    const outUrl = new URL('out/coverage.json', fixtureDir);
    if (process.env.REGEN === '1') writeFileSync(outUrl, `${JSON.stringify(result, null, 2)}\n`);
    expect(result).toEqual(readJson('out/coverage.json'));
  });

  it('the Turf baseline agrees', () => {
    expect(naiveCoverage(input)).toEqual(result);
  });

  it('rejects wrong geometry types with a clear error', () => {
    const bad = { ...input, children: { type: 'FeatureCollection', features: [input.catchments.features[0]] } } as unknown as CoverageInput;
    expect(() => coverage(bad)).toThrow(/Point/);
  });

  it('no catchments: every school-age child is uncovered', () => {
    const r = coverage({ catchments: { type: 'FeatureCollection', features: [] }, children: input.children });
    expect(r.uncovered).toHaveLength(10); // 12 children − 2 not of school age
  });
});

// Random catchments on an integer grid: rectangles (some with a hole), triangles, and two-part
// MultiPolygons; children on a half-unit grid so many fall exactly on edges and vertices.
const coord = fc.integer({ min: 0, max: 12 });
const rectRing = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const rectangle = fc.tuple(coord, coord, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.boolean()).map(([x, y, w, h, withHole]) => {
  const rings = [rectRing(x, y, x + w, y + h)];
  if (withHole && w >= 3 && h >= 3) rings.push(rectRing(x + 1, y + 1, x + w - 1, y + h - 1).reverse());
  return rings;
});
const triangle = fc.tuple(coord, coord, coord, coord, coord, coord)
  .filter(([ax, ay, bx, by, cx, cy]) => (bx - ax) * (cy - ay) - (by - ay) * (cx - ax) !== 0)
  .map(([ax, ay, bx, by, cx, cy]) => [[[ax, ay], [bx, by], [cx, cy], [ax, ay]]]);
const polygonRings = fc.oneof(rectangle, triangle);
const geometry: fc.Arbitrary<Polygon | MultiPolygon> = fc.oneof(
  polygonRings.map((coordinates) => ({ type: 'Polygon', coordinates }) as Polygon),
  fc.tuple(polygonRings, polygonRings).map(([a, b]) => ({ type: 'MultiPolygon', coordinates: [a, b] }) as MultiPolygon),
);
const catchmentsArb = fc.array(
  fc.record({ geometry, level: fc.constantFrom('primary' as const, 'junior' as const), capacity: fc.integer({ min: 0, max: 5 }) }),
  { maxLength: 8 },
).map((list) => ({
  type: 'FeatureCollection' as const,
  features: list.map(({ geometry: g, level, capacity }, i): Feature<Polygon | MultiPolygon, CatchmentProperties> => ({
    type: 'Feature',
    geometry: g,
    properties: { schoolId: `S${String(i).padStart(2, '0')}`, level, capacity },
  })),
}));
const childrenArb = fc.array(
  fc.record({ x: fc.integer({ min: -2, max: 42 }), y: fc.integer({ min: -2, max: 42 }), age: fc.integer({ min: 4, max: 17 }) }),
  { maxLength: 40 },
).map((list) => ({
  type: 'FeatureCollection' as const,
  features: list.map(({ x, y, age }, k): Feature<Point, ChildProperties> => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [x / 2, y / 2] },
    properties: { id: `k${String(k).padStart(3, '0')}`, age },
  })),
}));

test.prop([catchmentsArb, childrenArb])('coverage equals the Turf baseline on random data', (catchments, children) => {
  const input = { catchments, children };
  expect(coverage(input)).toEqual(naiveCoverage(input));
});

test.prop([catchmentsArb, childrenArb])(
  'every school-age child is counted in ≥ 1 catchment of its level or is uncovered, never both',
  (catchments, children) => {
    const input = { catchments, children };
    const result = coverage(input);
    const flat = flattenCatchments(catchments);
    const n = children.features.length;
    const xs = Float64Array.from(children.features, (f) => f.geometry.coordinates[0]);
    const ys = Float64Array.from(children.features, (f) => f.geometry.coordinates[1]);
    const levels = Uint8Array.from(children.features, (f) => (f.properties.age < 6 || f.properties.age > 15 ? 0 : f.properties.age <= 11 ? 1 : 2));
    const { hits, counts } = coverageCounts(flat, xs, ys, levels);
    const uncovered = new Set(result.uncovered);
    let schoolAge = 0;
    for (let k = 0; k < n; k++) {
      const id = children.features[k].properties.id;
      if (levels[k] === 0) {
        expect(uncovered.has(id)).toBe(false);
        continue;
      }
      schoolAge++;
      expect(hits[k] >= 1).not.toBe(uncovered.has(id));
    }
    expect(result.ignoredChildren).toBe(n - schoolAge);
    // Each containing catchment counts the child exactly once.
    expect(counts.reduce((a, b) => a + b, 0)).toBe(hits.reduce((a, b) => a + b, 0));
    expect(result.catchments.reduce((a, c) => a + c.children, 0)).toBe(hits.reduce((a, b) => a + b, 0));
  },
);
