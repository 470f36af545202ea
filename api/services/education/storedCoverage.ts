import type { Executor } from '../../../db/client';
import type { AgeBands, CatchmentLoadRow, TownshipCoverageRow } from '../../../db/repositories/educationAnalyses';
import { coverageCatchments, coverageChildren, type CoverageCatchment, type CoverageChildren } from '../../../db/repositories/educationCoverageData';
import { coverageCounts, flattenCatchments, levelCodes, type FlatCatchments } from '../../domain/education/coverage';

// Coverage of the stored children by the stored catchments, computed with the in-memory engine
// (api/domain/education/coverage.ts, which agrees with PostGIS ST_Covers: an edge point is
// inside) instead of a per-request ST_Covers join (≈6 s a request at scale 1 on PGlite).
// Children and catchments are loaded once per database and kept. Every education write drops
// them in this process once it has committed (educationWrite.ts, the register import, the demo
// seeder's `committed`); other instances pick such writes up after TTL_MS.

const TTL_MS = 30_000;
let generation = 0;

interface Loaded {
  children: CoverageChildren;
  catchments: CoverageCatchment[];
  flat: FlatCatchments;
}

export interface StoredCoverage {
  /** Every catchment with its children of the level (all counties' children count). */
  loads: CatchmentLoadRow[];
  /** School-age children and uncovered ones per household township (all townships). */
  townships: TownshipCoverageRow[];
  /** Per child (in load order): level code (0 = not school age) and catchments containing it. */
  levels: Uint8Array;
  hits: Uint32Array;
  xs: Float64Array;
  ys: Float64Array;
  childTownship: Uint32Array;
  townshipKeys: { townshipCode: string; countyCode: string }[];
}

interface Entry {
  generation: number;
  builtAt: number;
  loaded: Promise<Loaded>;
  byBands: Map<string, Promise<StoredCoverage>>;
}

const cache = new WeakMap<object, Entry>();

/** Call after a write to education data in this process has committed, never inside its transaction. */
export function invalidateEducationAnalyses(): void {
  generation += 1;
}

async function load(ex: Executor): Promise<Loaded> {
  const [children, catchments] = await Promise.all([coverageChildren(ex), coverageCatchments(ex)]);
  const flat = flattenCatchments({
    type: 'FeatureCollection',
    features: catchments.map((c) => ({
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates: c.polygons },
      properties: { schoolId: c.schoolCode, level: c.level, capacity: c.capacity },
    })),
  });
  return { children, catchments, flat };
}

/** Level code per child on the reference day (the SQL `leveledChildren` rule, same bands). */
function childLevels(children: CoverageChildren, b: AgeBands): Uint8Array {
  const refMmdd = Number(b.refMonthDay.slice(0, 2)) * 100 + Number(b.refMonthDay.slice(3, 5));
  const levels = new Uint8Array(children.birth.length);
  for (let k = 0; k < levels.length; k++) {
    const born = children.birth[k];
    const age = b.refYear - Math.floor(born / 10_000) - (born % 10_000 > refMmdd ? 1 : 0);
    if (age >= b.minAge && age <= b.primaryMaxAge) levels[k] = levelCodes.primary;
    else if (age > b.primaryMaxAge && age <= b.maxAge) levels[k] = levelCodes.junior;
  }
  return levels;
}

function compute(l: Loaded, b: AgeBands): StoredCoverage {
  const { children } = l;
  const levels = childLevels(children, b);
  const { counts, hits } = coverageCounts(l.flat, children.xs, children.ys, levels);
  const perTownship = children.townships.map((t) => ({ ...t, schoolAge: 0, uncovered: 0 }));
  for (let k = 0; k < levels.length; k++) {
    if (levels[k] === 0) continue;
    const t = perTownship[children.township[k]];
    t.schoolAge++;
    if (hits[k] === 0) t.uncovered++;
  }
  const townships = perTownship
    .filter((t) => t.schoolAge > 0)
    .sort((a, b2) => (a.townshipCode < b2.townshipCode ? -1 : a.townshipCode > b2.townshipCode ? 1 : a.countyCode < b2.countyCode ? -1 : 1));
  const loads = l.catchments.map(({ polygons: _polygons, ...c }, i) => ({ ...c, children: counts[i] }));
  return { loads, townships, levels, hits, xs: children.xs, ys: children.ys, childTownship: children.township, townshipKeys: children.townships };
}

/** The coverage of the stored data for these age bands, from the cache when fresh. */
export function storedCoverage(ex: Executor, b: AgeBands, now = Date.now()): Promise<StoredCoverage> {
  let entry = cache.get(ex);
  if (!entry || entry.generation !== generation || now - entry.builtAt > TTL_MS) {
    const fresh: Entry = { generation, builtAt: now, loaded: load(ex), byBands: new Map() };
    // A failed load must not stay cached.
    fresh.loaded.catch(() => {
      if (cache.get(ex) === fresh) cache.delete(ex);
    });
    cache.set(ex, fresh);
    entry = fresh;
  }
  const key = JSON.stringify(b);
  let result = entry.byBands.get(key);
  if (!result) {
    result = entry.loaded.then((l) => compute(l, b));
    entry.byBands.set(key, result);
  }
  return result;
}
