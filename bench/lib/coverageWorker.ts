// Worker side of parallelCoverage: counts one slice of the points with the engine's kernel.
import { parentPort } from 'node:worker_threads';
import Flatbush from 'flatbush';
import { coverageCounts, type FlatCatchments } from '../../api/domain/education/coverage';
import type { CoverageTask } from './parallelCoverage';

const port = parentPort!;
port.on('message', (task: CoverageTask) => {
  try {
    const flat: FlatCatchments = { ...task.flat, index: task.indexData ? Flatbush.from(task.indexData) : null };
    const xs = new Float64Array(task.xs).subarray(task.start, task.end);
    const ys = new Float64Array(task.ys).subarray(task.start, task.end);
    const levels = new Uint8Array(task.levels).subarray(task.start, task.end);
    const r = coverageCounts(flat, xs, ys, levels);
    new Uint32Array(task.hits).set(r.hits, task.start);
    port.postMessage({ counts: r.counts, overlaps: r.overlapPoints.length }, [r.counts.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ error: (err as Error).stack ?? String(err) });
  }
});
port.postMessage('ready');
