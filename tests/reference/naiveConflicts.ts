// Reference implementation for tests and benches, not for production: every pair compared, no
// index. The property tests check findConflicts against it; bench/cases/conflicts.ts times it.
import { orderedPair, pairConflict, sortConflicts, type ParcelConflict } from '../../api/domain/underground/conflicts';
import { validateVolume, type ParcelVolume } from '../../api/domain/underground/parcelVolume';

/** All pairs without an index: the baseline for the benchmark and for the property test. */
export function naiveConflicts(parcels: readonly ParcelVolume[]): ParcelConflict[] {
  parcels.forEach(validateVolume);
  const found: { conflict: ParcelConflict; a: ParcelVolume; b: ParcelVolume }[] = [];
  for (let i = 0; i < parcels.length; i++) {
    for (let j = i + 1; j < parcels.length; j++) {
      const [a, b] = orderedPair(parcels[i], parcels[j]);
      const conflict = pairConflict(a, b);
      if (conflict) found.push({ conflict, a, b });
    }
  }
  return sortConflicts(found);
}

