import { openSync, writeSync, closeSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

export interface DataDirLock {
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `数据目录 ${dir} 已被进程 ${pid} 占用：嵌入式数据库只允许一个进程打开。` +
        ` / The data directory ${dir} is in use by process ${pid}: the embedded database allows one process only. ` +
        'Stop the other server, or set DATABASE_URL to use PostgreSQL for several instances.',
    );
    this.name = 'DataDirLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive lock file beside the PGlite files. A lock left by a process that died
 * (kill -9) is stale and taken over; a live owner makes the second opener fail loudly.
 */
export function acquireDataDirLock(dir: string): DataDirLock {
  const path = join(dir, '..', `${dir.split('/').filter(Boolean).pop() ?? 'pglite'}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isFinite(owner) && owner !== process.pid && alive(owner)) throw new DataDirLockedError(dir, owner);
      unlinkSync(path);
    }
  }
  throw new Error(`could not lock ${dir}`);
}
