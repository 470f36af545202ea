// Worker side of parallelCoverage: counts one slice of the points with the engine's kernel.
import { parentPort } from 'node:worker_threads';
import Flatbush from 'flatbush';
import { coverageCounts, type FlatCatchments } from '../../api/domain/education/coverage';
import type { CoverageTask } from './parallelCoverage';

const port = parentPort!;
port.on('message', (task: CoverageTask) => {
  try {
    const t0 = performance.now();
    const flat: FlatCatchments = { ...task.flat, index: task.indexData ? Flatbush.from(task.indexData) : null };
    // Local copies of the slice: V8 reads SharedArrayBuffer-backed arrays markedly slower in this
    // kernel (measured ≈2× here), and the copy costs a few milliseconds.
    const xs = new Float64Array(task.xs).slice(task.start, task.end);
    const ys = new Float64Array(task.ys).slice(task.start, task.end);
    const levels = new Uint8Array(task.levels).slice(task.start, task.end);
    const r = coverageCounts(flat, xs, ys, levels);
    new Uint32Array(task.hits).set(r.hits, task.start);
    port.postMessage({ counts: r.counts, overlaps: r.overlapPoints.length, ms: performance.now() - t0 }, [r.counts.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ error: (err as Error).stack ?? String(err) });
  }
});
port.postMessage('ready');
