// A fixed set of worker threads running a TypeScript module (through tsWorker.mjs), one request
// at a time per worker, answered in order.
import { Worker } from 'node:worker_threads';

export class WorkerPool {
  private constructor(private readonly workers: Worker[]) {}

  static async start(moduleUrl: URL, size: number): Promise<WorkerPool> {
    const entry = new URL('./tsWorker.mjs', import.meta.url);
    const workers = await Promise.all(
      Array.from({ length: size }, () =>
        new Promise<Worker>((resolve, reject) => {
          const w = new Worker(entry, { workerData: { module: moduleUrl.href } });
          w.once('message', () => resolve(w));
          w.once('error', reject);
        }),
      ),
    );
    return new WorkerPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends task i to worker i and resolves with every answer. */
  run<T>(tasks: unknown[]): Promise<T[]> {
    return Promise.all(
      tasks.map(
        (task, i) =>
          new Promise<T>((resolve, reject) => {
            const w = this.workers[i % this.workers.length];
            const onError = (e: Error) => reject(e);
            w.once('error', onError);
            w.once('message', (m: { error?: string } & T) => {
              w.off('error', onError);
              if (m && typeof m === 'object' && 'error' in m && m.error) reject(new Error(m.error));
              else resolve(m);
            });
            w.postMessage(task);
          }),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
