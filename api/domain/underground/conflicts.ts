// 3D conflicts between underground parcels: two rights may not claim the same space.
// Conflict = footprints overlap by more than 1 m² AND the depth ranges overlap (open intervals).
// 东政办〔2023〕95号 Art. 3 (right = enclosed space + horizontal projection between the approved
// start and end depths), Art. 8 (planning fixes the layers of each project). No I/O.
import { area, featureCollection, feature, intersect } from '@turf/turf';
import { buildIndex } from './parcelIndex';
import { compareParcels, depthOverlap, footprintBbox, validateVolume, type ParcelVolume } from './parcelVolume';

/** Overlaps up to this area are survey noise along shared boundaries, not conflicts. */
export const minConflictAreaM2 = 1;

export type ParcelConflict = {
  /** id of the first parcel (lower code) — for conflictsWith, the candidate. */
  a: string;
  b: string;
  overlapAreaM2: number;
  depthFrom: number;
  depthTo: number;
};

export function overlapAreaM2(a: ParcelVolume, b: ParcelVolume): number {
  const shared = intersect(featureCollection([feature(a.footprint), feature(b.footprint)]));
  return shared ? area(shared) : 0;
}

/** The exact test for one pair, in the order given; null if they do not conflict. */
export function pairConflict(a: ParcelVolume, b: ParcelVolume): ParcelConflict | null {
  const depth = depthOverlap(a, b);
  if (!depth) return null;
  const overlap = overlapAreaM2(a, b);
  if (overlap <= minConflictAreaM2) return null;
  return { a: a.id, b: b.id, overlapAreaM2: Math.round(overlap * 100) / 100, depthFrom: depth.from, depthTo: depth.to };
}

/** The pair in code order (a before b), as every conflict reports it. */
export function orderedPair(a: ParcelVolume, b: ParcelVolume): [ParcelVolume, ParcelVolume] {
  return compareParcels(a, b) <= 0 ? [a, b] : [b, a];
}

/** Conflicts sorted by their pair's codes; the one order of every conflict list. */
export function sortConflicts(list: { conflict: ParcelConflict; a: ParcelVolume; b: ParcelVolume }[]): ParcelConflict[] {
  return list.sort((x, y) => compareParcels(x.a, y.a) || compareParcels(x.b, y.b)).map((x) => x.conflict);
}

/** Every conflicting pair, each once, pair ordered and list sorted by parcel code. */
export function findConflicts(parcels: readonly ParcelVolume[]): ParcelConflict[] {
  parcels.forEach(validateVolume);
  const index = buildIndex(parcels);
  if (!index) return [];
  const found: { conflict: ParcelConflict; a: ParcelVolume; b: ParcelVolume }[] = [];
  parcels.forEach((p, i) => {
    const [minX, minY, maxX, maxY] = footprintBbox(p.footprint);
    for (const j of index.search(minX, minY, maxX, maxY)) {
      if (j <= i) continue;
      const [a, b] = orderedPair(p, parcels[j]);
      const conflict = pairConflict(a, b);
      if (conflict) found.push({ conflict, a, b });
    }
  });
  return sortConflicts(found);
}

/**
 * Conflicts of a parcel being created or updated with the existing ones (a = the candidate).
 * A parcel with the candidate's id is its own previous version and is skipped.
 */
export function conflictsWith(candidate: ParcelVolume, others: readonly ParcelVolume[]): ParcelConflict[] {
  validateVolume(candidate);
  const rest = others.filter((o) => o.id !== candidate.id);
  rest.forEach(validateVolume);
  const index = buildIndex(rest);
  if (!index) return [];
  const [minX, minY, maxX, maxY] = footprintBbox(candidate.footprint);
  return index
    .search(minX, minY, maxX, maxY)
    .map((j) => rest[j])
    .sort(compareParcels)
    .map((o) => pairConflict(candidate, o))
    .filter((c): c is ParcelConflict => c !== null);
}
