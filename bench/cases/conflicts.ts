// Conflict detection on ≈20,000 parcels (scale 10): findConflicts (Flatbush candidate pairs, then
// the exact depth + Turf intersection test) vs naiveConflicts (the same exact test on all pairs).
// The naive loop is quadratic, so it runs on a random sample of parcels and is extrapolated by
// the number of pairs: t × N(N−1) / (n(n−1)). Equality is checked on that sample and on a
// spatially dense subset (where conflicts are many).
import { findConflicts, type ParcelConflict } from '../../api/domain/underground/conflicts';
import { naiveConflicts } from '../../tests/reference/naiveConflicts';
import { footprintBbox } from '../../api/domain/underground/parcelVolume';
import { createRng, shuffle } from '../../data/generate/random';
import { generateParcels, parcelsAtScale1 } from '../lib/parcelData';
import { timeMedian, timeOnce } from '../lib/measure';
import { speedup, type BenchCase } from '../lib/types';

const same = (a: ParcelConflict[], b: ParcelConflict[]) => JSON.stringify(a) === JSON.stringify(b);

export const conflictsCase: BenchCase = {
  name: 'underground conflicts (parcels)',
  async run(ctx) {
    const n = Math.round(parcelsAtScale1 * (ctx.quick ? Math.min(ctx.scale, 1) : ctx.scale));
    const parcels = generateParcels('haidong', n);
    const ours = await timeMedian(() => findConflicts(parcels), 3, 1);
    ctx.log(`findConflicts on ${n.toLocaleString()} parcels: ${ours.ms.toFixed(0)} ms, ${ours.value.length.toLocaleString()} conflicts`);

    const sampleSize = Math.min(n, ctx.quick ? 300 : 800);
    const sample = shuffle(createRng('bench:conflicts:sample'), parcels).slice(0, sampleSize);
    naiveConflicts(sample.slice(0, 50));
    const naive = await timeOnce(() => naiveConflicts(sample));
    const pairs = (k: number) => (k * (k - 1)) / 2;
    const naiveFullMs = naive.ms * (pairs(n) / pairs(sampleSize));
    const sampleOk = same(naive.value, findConflicts(sample));

    // Dense subset: parcels whose bbox lies in a 1.2 km × 1.2 km square at the centre of 乐都's window.
    const dense = parcels.filter((p) => {
      const [minX, minY, maxX, maxY] = footprintBbox(p.footprint);
      return minX > 102.398 && maxX < 102.4115 && minY > 36.479 && maxY < 36.490;
    }).slice(0, 600);
    const denseNaive = naiveConflicts(dense);
    const denseOk = same(denseNaive, findConflicts(dense));
    ctx.log(`naive: ${naive.ms.toFixed(0)} ms for ${sampleSize} parcels → ${(naiveFullMs / 60_000).toFixed(1)} min extrapolated; sample ${sampleOk ? 'PASS' : 'FAIL'} (${naive.value.length} conflicts), dense subset of ${dense.length} ${denseOk ? 'PASS' : 'FAIL'} (${denseNaive.length} conflicts)`);

    return [
      {
        name: `conflicts ${n.toLocaleString()} parcels: findConflicts vs naive all pairs (extrapolated from ${sampleSize} parcels by pair count)`,
        ours: ours.ms, baseline: naiveFullMs, unit: 'ms', ratio: speedup(ours.ms, naiveFullMs),
        verified: sampleOk && denseOk ? 'PASS' : 'FAIL',
        note: `${ours.value.length} conflicts; equality checked on the random sample and on a dense subset of ${dense.length} parcels (${denseNaive.length} conflicts)`,
      },
    ];
  },
};
