import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';

/**
 * Soak diagnostics (issue 15 item 4, `npm run loadtest`): on SIGUSR2 the server collects garbage
 * (needs `node --expose-gc`), writes `<dir>/<pid>-<n>.json` with `process.memoryUsage()` after
 * that GC and `<dir>/<pid>-<n>.heapsnapshot` beside it, so growth is measured on live objects,
 * not on garbage not yet collected, and a leak can be read in Chrome DevTools' comparison view.
 */
export function installMemoryProbe(dir: string, log: (m: string) => void): void {
  let n = 0;
  process.on('SIGUSR2', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) {
      log('内存探针需要 node --expose-gc / the memory probe needs node --expose-gc');
      return;
    }
    gc();
    const base = join(dir, `${process.pid}-${++n}`);
    writeHeapSnapshot(`${base}.heapsnapshot`);
    gc();
    writeFileSync(`${base}.json`, JSON.stringify(process.memoryUsage()));
  });
}
