// School-catchment coverage: which school-age children live in a catchment of their level, which
// in none, which in several, and how full each catchment is. Admission is 免试就近入学 (临政办发
// 〔2020〕14号 §三(二)); the layout must fit where children live (谯政办秘〔2024〕5号 (十一)). No I/O.
//
// Fast path: every ring is flattened into one Float64Array with offset tables, catchment bboxes
// go into a Flatbush index, and an even-odd ray-casting kernel with an explicit on-segment test
// decides containment (a point on any edge, hole edges included, is inside — as Turf does).
// Parts of a MultiPolygon are tested separately and OR-ed, so overlapping parts also agree with
// Turf.

import Flatbush from 'flatbush';
import { orient2d } from 'robust-predicates';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { stageForAge, defaultSchoolAgeOptions, type SchoolAgeOptions } from './schoolAge';
import { schoolStages, type SchoolStage } from './vocabulary';

export interface CatchmentProperties {
  schoolId: string;
  level: SchoolStage;
  capacity: number;
}
export interface ChildProperties {
  id: string;
  age: number;
}

export interface CoverageInput {
  catchments: FeatureCollection<Polygon | MultiPolygon, CatchmentProperties>;
  children: FeatureCollection<Point, ChildProperties>;
}

export interface CatchmentLoad {
  schoolId: string;
  level: SchoolStage;
  children: number;
  capacity: number;
  /** children ÷ capacity, 4 decimals; null when capacity is not positive. */
  utilization: number | null;
}

export interface CoverageResult {
  catchments: CatchmentLoad[];
  uncovered: string[];
  overlaps: { id: string; schoolIds: string[] }[];
  /** Children outside school age (6–15), or with a non-integer age, left out of the counts. */
  ignoredChildren: number;
}

/** Level codes in typed arrays: 0 = not school age, 1 = primary, 2 = junior. */
export const levelCodes: Record<SchoolStage, number> = { primary: 1, junior: 2 };

/**
 * Catchments as plain typed arrays (transferable to worker threads; rebuild the index there with
 * `Flatbush.from(index.data)`). Catchment c owns polygons polygonStart[c]…polygonStart[c+1]−1,
 * polygon p owns rings ringStart[p]…, ring r owns points pointStart[r]…; coords holds x,y pairs.
 */
export interface FlatCatchments {
  count: number;
  levels: Uint8Array;
  polygonStart: Uint32Array;
  ringStart: Uint32Array;
  pointStart: Uint32Array;
  coords: Float64Array;
  index: Flatbush | null;
}

function polygonsOf(feature: Feature<Polygon | MultiPolygon>, i: number): Position[][][] {
  const g = feature.geometry;
  if (g?.type === 'Polygon') return [g.coordinates];
  if (g?.type === 'MultiPolygon') return g.coordinates;
  throw new TypeError(`catchments[${i}]: geometry must be Polygon or MultiPolygon`);
}

export function flattenCatchments(catchments: CoverageInput['catchments']): FlatCatchments {
  const features = catchments.features;
  const count = features.length;
  const levels = new Uint8Array(count);
  const polygonStart = new Uint32Array(count + 1);
  const ringStartList: number[] = [0];
  const pointStartList: number[] = [0];
  const coordList: number[] = [];
  const index = count > 0 ? new Flatbush(count) : null;
  features.forEach((feature, c) => {
    const level = feature.properties?.level;
    if (!schoolStages.includes(level)) throw new TypeError(`catchments[${c}]: level must be 'primary' or 'junior'`);
    levels[c] = levelCodes[level];
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const polygons = polygonsOf(feature, c);
    for (const rings of polygons) {
      for (const ring of rings) {
        for (const [x, y] of ring) {
          coordList.push(x, y);
          if (x < minX) minX = x;
          if (y < minY) minY = y;
          if (x > maxX) maxX = x;
          if (y > maxY) maxY = y;
        }
        pointStartList.push(coordList.length / 2);
      }
      ringStartList.push(pointStartList.length - 1);
    }
    polygonStart[c + 1] = ringStartList.length - 1;
    // An empty geometry gets a degenerate box far away so the index stays aligned with c.
    if (minX === Infinity) index!.add(Infinity, Infinity, Infinity, Infinity);
    else index!.add(minX, minY, maxX, maxY);
  });
  index?.finish();
  return {
    count,
    levels,
    polygonStart,
    ringStart: Uint32Array.from(ringStartList),
    pointStart: Uint32Array.from(pointStartList),
    coords: Float64Array.from(coordList),
    index,
  };
}

/**
 * Even-odd ray casting over the rings of polygon p; a point on an edge counts as inside.
 * Both decisions use the exact orientation predicate (Shewchuk's orient2d, as Turf's
 * point-in-polygon does): a float cross product misjudges points within ~1e-18 of an edge, where
 * PostGIS ST_Covers and Turf would disagree with us. orient2d < 0 means "left of i→j".
 */
function polygonContains(flat: FlatCatchments, p: number, px: number, py: number): boolean {
  const { ringStart, pointStart, coords } = flat;
  let inside = false;
  for (let r = ringStart[p]; r < ringStart[p + 1]; r++) {
    const start = pointStart[r];
    const end = pointStart[r + 1];
    if (end - start < 2) continue;
    for (let i = start, j = end - 1; i < end; j = i++) {
      const xi = coords[2 * i], yi = coords[2 * i + 1];
      const xj = coords[2 * j], yj = coords[2 * j + 1];
      const straddles = yi > py !== yj > py;
      const inBox =
        px >= (xi < xj ? xi : xj) && px <= (xi < xj ? xj : xi) &&
        py >= (yi < yj ? yi : yj) && py <= (yi < yj ? yj : yi);
      if (!straddles && !inBox) continue;
      const o = orient2d(xj, yj, xi, yi, px, py);
      if (o === 0 && inBox) return true;
      // The rightward ray crosses edge j→i when the point is left of an upward edge or right of a downward one.
      if (straddles && o !== 0 && o < 0 === yi > yj) inside = !inside;
    }
  }
  return inside;
}

export function catchmentContains(flat: FlatCatchments, c: number, px: number, py: number): boolean {
  for (let p = flat.polygonStart[c]; p < flat.polygonStart[c + 1]; p++) {
    if (polygonContains(flat, p, px, py)) return true;
  }
  return false;
}

export interface CoverageCounts {
  /** Children counted per catchment. */
  counts: Uint32Array;
  /** Catchments of its level containing each point (0 for level 0). */
  hits: Uint32Array;
  /** (point, catchment) pairs for points in two or more catchments, in point order. */
  overlapPoints: Uint32Array;
  overlapCatchments: Uint32Array;
}

/** Core loop on typed arrays only, so it can run in a worker over a slice of the points. */
export function coverageCounts(flat: FlatCatchments, xs: Float64Array, ys: Float64Array, levels: Uint8Array): CoverageCounts {
  const counts = new Uint32Array(flat.count);
  const hits = new Uint32Array(xs.length);
  const scratch = new Uint32Array(flat.count);
  const overlapPoints: number[] = [];
  const overlapCatchments: number[] = [];
  if (flat.index === null) return { counts, hits, overlapPoints: new Uint32Array(0), overlapCatchments: new Uint32Array(0) };

  let px = 0, py = 0, level = 0, found = 0;
  // Does the work inside Flatbush's filter and returns false, so search allocates no result list.
  const visit = (c: number): boolean => {
    if (flat.levels[c] === level && catchmentContains(flat, c, px, py)) scratch[found++] = c;
    return false;
  };
  for (let k = 0; k < xs.length; k++) {
    level = levels[k];
    if (level === 0) continue;
    px = xs[k];
    py = ys[k];
    found = 0;
    flat.index.search(px, py, px, py, visit);
    hits[k] = found;
    for (let h = 0; h < found; h++) counts[scratch[h]]++;
    if (found >= 2) {
      for (let h = 0; h < found; h++) {
        overlapPoints.push(k);
        overlapCatchments.push(scratch[h]);
      }
    }
  }
  return { counts, hits, overlapPoints: Uint32Array.from(overlapPoints), overlapCatchments: Uint32Array.from(overlapCatchments) };
}

function ascending(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function catchmentLoads(catchments: CoverageInput['catchments'], counts: ArrayLike<number>): CatchmentLoad[] {
  return catchments.features.map((f, c) => {
    const capacity = Number(f.properties.capacity);
    return {
      schoolId: String(f.properties.schoolId),
      level: f.properties.level,
      children: counts[c],
      capacity,
      utilization: capacity > 0 ? Math.round((counts[c] / capacity) * 10_000) / 10_000 : null,
    };
  });
}

function childLevels(input: CoverageInput, options: SchoolAgeOptions): Uint8Array {
  const levels = new Uint8Array(input.children.features.length);
  input.children.features.forEach((f, k) => {
    if (f.geometry?.type !== 'Point') throw new TypeError(`children[${k}]: geometry must be Point`);
    const stage = stageForAge(f.properties.age, options);
    levels[k] = stage === null ? 0 : levelCodes[stage];
  });
  return levels;
}

function assemble(
  input: CoverageInput,
  levels: Uint8Array,
  counts: ArrayLike<number>,
  hitCount: (k: number) => number,
  containing: (k: number) => number[],
): CoverageResult {
  const uncovered: string[] = [];
  const overlaps: { id: string; schoolIds: string[] }[] = [];
  let ignoredChildren = 0;
  input.children.features.forEach((f, k) => {
    if (levels[k] === 0) {
      ignoredChildren++;
      return;
    }
    const hits = hitCount(k);
    const id = String(f.properties.id);
    if (hits === 0) uncovered.push(id);
    if (hits >= 2) {
      overlaps.push({ id, schoolIds: containing(k).map((c) => String(input.catchments.features[c].properties.schoolId)).sort(ascending) });
    }
  });
  uncovered.sort(ascending);
  overlaps.sort((a, b) => ascending(a.id, b.id));
  return { catchments: catchmentLoads(input.catchments, counts), uncovered, overlaps, ignoredChildren };
}

function checkInput(input: CoverageInput): void {
  if (input?.catchments?.type !== 'FeatureCollection') throw new TypeError('catchments must be a FeatureCollection');
  if (input?.children?.type !== 'FeatureCollection') throw new TypeError('children must be a FeatureCollection');
}

export function coverage(input: CoverageInput, options: SchoolAgeOptions = defaultSchoolAgeOptions): CoverageResult {
  checkInput(input);
  const flat = flattenCatchments(input.catchments);
  const n = input.children.features.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const levels = childLevels(input, options);
  input.children.features.forEach((f, k) => {
    xs[k] = f.geometry.coordinates[0];
    ys[k] = f.geometry.coordinates[1];
  });
  const result = coverageCounts(flat, xs, ys, levels);
  const overlapsByChild = new Map<number, number[]>();
  for (let i = 0; i < result.overlapPoints.length; i++) {
    const k = result.overlapPoints[i];
    const list = overlapsByChild.get(k) ?? [];
    list.push(result.overlapCatchments[i]);
    overlapsByChild.set(k, list);
  }
  return assemble(input, levels, result.counts, (k) => result.hits[k], (k) => overlapsByChild.get(k) ?? []);
}

/** Baseline with Turf's booleanPointInPolygon on every (child, catchment) pair. */
export function naiveCoverage(input: CoverageInput, options: SchoolAgeOptions = defaultSchoolAgeOptions): CoverageResult {
  checkInput(input);
  const levels = childLevels(input, options);
  const catchmentLevels = input.catchments.features.map((f) => levelCodes[f.properties.level]);
  const counts = new Array<number>(input.catchments.features.length).fill(0);
  const found = input.children.features.map((child, k) => {
    if (levels[k] === 0) return [];
    const inside: number[] = [];
    input.catchments.features.forEach((catchment, c) => {
      if (catchmentLevels[c] === levels[k] && booleanPointInPolygon(child, catchment)) inside.push(c);
    });
    for (const c of inside) counts[c]++;
    return inside;
  });
  return assemble(input, levels, counts, (k) => found[k].length, (k) => found[k]);
}
