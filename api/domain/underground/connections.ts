// Connection candidates between neighbouring underground parcels (东政办〔2023〕95号 Art. 22 ¶2:
// the earlier builder reserves the connection interface, the later builder builds the connection;
// Art. 8: planning sets the same-layer / adjacent / connected rules). No I/O.
import { overlapAreaM2, minConflictAreaM2 } from './conflicts';
import { footprintDistanceM, metresPerDegreeLat } from './footprintDistance';
import { isIsoDate, type IsoDate } from '../shared/calendarDate';
import { levelOrdinal, type Level } from './layerLevel';
import { buildIndex } from './parcelIndex';
import { compareParcels, footprintBbox, ParcelGeometryError, validateVolume, type ParcelVolume } from './parcelVolume';

/**
 * Product reading of "neighbouring" (the seed gives no distance): footprints that touch or are at
 * most this many metres apart. Configurable per call.
 */
export const connectionMaxGapM = 5;

// Coordinates stored to 8–9 decimal degrees carry ~1 mm of noise, so a gap drawn as exactly 5 m
// may measure 5.00004 m; gaps within 1 mm of the limit count as at the limit.
const gapToleranceM = 0.001;

export type ConnectionParcel = ParcelVolume & {
  /** Term start or approval date: decides who builds first. */
  readonly approvedOn: IsoDate;
};

export type ConnectionCandidate = {
  a: string;
  b: string;
  level: Level;
  distanceM: number;
  /** Earlier builder: reserves the interface (Art. 22). */
  reserves: string;
  /** Later builder: builds the connection (Art. 22). */
  builds: string;
};

function earlier(a: ConnectionParcel, b: ConnectionParcel): [ConnectionParcel, ConnectionParcel] {
  if (a.approvedOn !== b.approvedOn) return a.approvedOn < b.approvedOn ? [a, b] : [b, a];
  return compareParcels(a, b) <= 0 ? [a, b] : [b, a];
}

function sharedLevels(a: ParcelVolume, b: ParcelVolume): Level[] {
  const inB = new Set(b.layers.map((l) => l.level));
  return [...new Set(a.layers.map((l) => l.level))].filter((l) => inB.has(l)).sort((x, y) => levelOrdinal(x) - levelOrdinal(y));
}

/**
 * Every pair of parcels within `maxGapM` metres that share a level, one candidate per shared
 * level. Pairs whose footprints overlap by more than 1 m² are conflicts (see conflicts.ts), not
 * neighbours, and are left out.
 */
export function connectionCandidates(
  parcels: readonly ConnectionParcel[],
  options: { maxGapM?: number } = {},
): ConnectionCandidate[] {
  const maxGapM = options.maxGapM ?? connectionMaxGapM;
  parcels.forEach((p) => {
    validateVolume(p);
    if (!isIsoDate(p.approvedOn)) throw new ParcelGeometryError(p.id, 'approvedOn', 'invalid_value');
  });
  // Pad each bbox by the gap in degrees, with 10 % slack; the exact distance test decides.
  const dLat = (maxGapM / metresPerDegreeLat) * 1.1;
  const index = buildIndex(parcels, (p) => {
    const [, minY, , maxY] = footprintBbox(p.footprint);
    const cos = Math.cos((Math.min(89, Math.max(Math.abs(minY), Math.abs(maxY))) * Math.PI) / 180);
    return [dLat / cos, dLat];
  });
  if (!index) return [];

  const out: { c: ConnectionCandidate; a: ConnectionParcel; b: ConnectionParcel; level: Level }[] = [];
  parcels.forEach((p, i) => {
    const [minX, minY, maxX, maxY] = footprintBbox(p.footprint);
    for (const j of index.search(minX, minY, maxX, maxY)) {
      // A pair within the gap is found from both sides (every box is padded by the full gap),
      // so each unordered pair is handled once, from its lower index.
      if (j <= i) continue;
      const q = parcels[j];
      const levels = sharedLevels(p, q);
      if (levels.length === 0) continue;
      const distance = footprintDistanceM(p.footprint, q.footprint);
      if (distance > maxGapM + gapToleranceM) continue;
      if (distance === 0 && overlapAreaM2(p, q) > minConflictAreaM2) continue;
      const [a, b] = compareParcels(p, q) <= 0 ? [p, q] : [q, p];
      const [first, second] = earlier(a, b);
      for (const level of levels) {
        out.push({
          c: { a: a.id, b: b.id, level, distanceM: Math.round(distance * 100) / 100, reserves: first.id, builds: second.id },
          a,
          b,
          level,
        });
      }
    }
  });
  return out
    .sort((x, y) => compareParcels(x.a, y.a) || compareParcels(x.b, y.b) || levelOrdinal(x.level) - levelOrdinal(y.level))
    .map((x) => x.c);
}
