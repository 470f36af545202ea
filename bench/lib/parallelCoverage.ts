// The coverage engine over all cores: catchments flattened once on the main thread, points in
// SharedArrayBuffers split into one contiguous slice per worker, per-catchment counts summed.
// Each worker rebuilds the Flatbush index from its ArrayBuffer (no re-sorting).
import { flattenCatchments, type CoverageInput, type FlatCatchments } from '../../api/domain/education/coverage';
import { WorkerPool } from './workerPool';

export interface SharedPoints {
  xs: SharedArrayBuffer;
  ys: SharedArrayBuffer;
  levels: SharedArrayBuffer;
  count: number;
}

export interface CoverageTask {
  flat: Omit<FlatCatchments, 'index'>;
  indexData: ArrayBuffer | null;
  xs: SharedArrayBuffer;
  ys: SharedArrayBuffer;
  levels: SharedArrayBuffer;
  hits: SharedArrayBuffer;
  start: number;
  end: number;
}

export function sharePoints(xs: Float64Array, ys: Float64Array, levels: Uint8Array): SharedPoints {
  const sx = new SharedArrayBuffer(xs.byteLength);
  const sy = new SharedArrayBuffer(ys.byteLength);
  const sl = new SharedArrayBuffer(levels.byteLength);
  new Float64Array(sx).set(xs);
  new Float64Array(sy).set(ys);
  new Uint8Array(sl).set(levels);
  return { xs: sx, ys: sy, levels: sl, count: xs.length };
}

export interface ParallelCoverageResult {
  counts: Uint32Array;
  /** Catchments of its level containing each point. */
  hits: Uint32Array;
  overlapPairs: number;
}

export class ParallelCoverage {
  /** Time each worker spent in its last task (index rebuild + kernel), for diagnosis. */
  workerMs: number[] = [];

  private constructor(private readonly pool: WorkerPool) {}

  static async start(threads: number): Promise<ParallelCoverage> {
    return new ParallelCoverage(await WorkerPool.start(new URL('./coverageWorker.ts', import.meta.url), threads));
  }

  async run(catchments: CoverageInput['catchments'], points: SharedPoints): Promise<ParallelCoverageResult> {
    const { index, ...flat } = flattenCatchments(catchments);
    const hits = new SharedArrayBuffer(points.count * 4);
    const n = this.pool.size;
    const tasks: CoverageTask[] = Array.from({ length: n }, (_, i) => ({
      flat,
      indexData: index ? (index.data as ArrayBuffer) : null,
      xs: points.xs,
      ys: points.ys,
      levels: points.levels,
      hits,
      start: Math.floor((points.count * i) / n),
      end: Math.floor((points.count * (i + 1)) / n),
    }));
    const parts = await this.pool.run<{ counts: Uint32Array; overlaps: number; ms: number }>(tasks);
    this.workerMs = parts.map((p) => p.ms);
    const counts = new Uint32Array(flat.count);
    let overlapPairs = 0;
    for (const p of parts) {
      for (let c = 0; c < counts.length; c++) counts[c] += p.counts[c];
      overlapPairs += p.overlaps;
    }
    return { counts, hits: new Uint32Array(hits), overlapPairs };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
