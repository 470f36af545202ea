import type { Executor } from '../../../db/client';
import { conflictCandidatePairs } from '../../../db/repositories/underground';
import { pairConflict } from '../../domain/underground/conflicts';
import { footprintsExtent } from '../../domain/underground/conflictTable';
import { compareParcels } from '../../domain/underground/parcelVolume';
import { toVolume } from './volumes';

/**
 * Every 3D conflict in the city: PostGIS (GiST) finds intersecting footprints with overlapping
 * depths, the domain applies the exact > 1 m² rule.
 */
export async function listConflicts(ex: Executor) {
  const pairs = await conflictCandidatePairs(ex);
  const out = [];
  for (const [ra, rb] of pairs) {
    const [a, b] = compareParcels(toVolume(ra), toVolume(rb)) <= 0 ? [ra, rb] : [rb, ra];
    const c = pairConflict(toVolume(a), toVolume(b));
    if (!c) continue;
    out.push({
      a: { id: a.id, code: a.code, name: a.name },
      b: { id: b.id, code: b.code, name: b.name },
      overlapAreaM2: c.overlapAreaM2,
      depthFrom: c.depthFrom,
      depthTo: c.depthTo,
      bbox: footprintsExtent([a.footprint, b.footprint]),
    });
  }
  out.sort((x, y) => (x.a.code < y.a.code ? -1 : x.a.code > y.a.code ? 1 : x.b.code < y.b.code ? -1 : 1));
  return { conflicts: out, total: out.length };
}
