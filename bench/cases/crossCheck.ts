// 四查三比对 on ≈1.6 million register rows (scale 10): crossCheck (Maps/Sets, O(n)) vs
// naiveCrossCheck (find/includes, O(n²)). The naive run uses a register of the same generator at a
// fixed smaller size and is extrapolated quadratically, (N / n)², because its cost is dominated
// by the nested scans; both engines must give the same result on that register.
import { crossCheck } from '../../api/domain/education/crossCheck';
import { naiveCrossCheck } from '../../tests/reference/naiveCrossCheck';
import { generateRegisters, householdsAtScale1, rowCount } from '../lib/registerData';
import { timeMedian, timeOnce } from '../lib/measure';
import { speedup, type BenchCase } from '../lib/types';

export const crossCheckCase: BenchCase = {
  name: 'education cross-check (register rows)',
  async run(ctx) {
    const households = Math.round(householdsAtScale1 * (ctx.quick ? Math.min(ctx.scale, 1) : ctx.scale));
    const { ms: genMs, value: input } = await timeOnce(() => generateRegisters('haidong', households));
    const rows = rowCount(input);
    ctx.log(`${rows.toLocaleString()} register rows generated in ${genMs.toFixed(0)} ms`);
    const ours = await timeMedian(() => crossCheck(input), 3, 1);
    ctx.log(`crossCheck: ${ours.ms.toFixed(0)} ms; counts ${JSON.stringify(ours.value.counts)}`);

    const sampleHouseholds = ctx.quick ? 2_000 : 6_000;
    const sample = generateRegisters('haidong', sampleHouseholds);
    const sampleRows = rowCount(sample);
    naiveCrossCheck(generateRegisters('haidong', 200));
    const naive = await timeOnce(() => naiveCrossCheck(sample));
    const naiveFullMs = naive.ms * (rows / sampleRows) ** 2;
    const ok = JSON.stringify(naive.value) === JSON.stringify(crossCheck(sample));
    ctx.log(`naive: ${naive.ms.toFixed(0)} ms on ${sampleRows.toLocaleString()} rows → ${(naiveFullMs / 3_600_000).toFixed(1)} h extrapolated (quadratic); results ${ok ? 'PASS' : 'FAIL'}`);

    return [
      {
        name: `cross-check ${(rows / 1e6).toFixed(2)}M register rows: crossCheck vs naive nested loops (extrapolated (N/n)² from ${sampleRows.toLocaleString()} rows)`,
        ours: ours.ms, baseline: naiveFullMs, unit: 'ms', ratio: speedup(ours.ms, naiveFullMs),
        verified: ok ? 'PASS' : 'FAIL',
        note: `equality checked on the ${sampleRows}-row register`,
      },
    ];
  },
};
