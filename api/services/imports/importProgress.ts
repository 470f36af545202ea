/**
 * Progress of the imports running in this process (rows written so far). It lives in memory
 * because the rows are written inside one uncommitted transaction that no other reader can see.
 */
const progress = new Map<number, { done: number; total: number }>();

export function reportProgress(jobId: number, done: number, total: number): void {
  progress.set(jobId, { done, total });
}

export function progressOf(jobId: number): { done: number; total: number } | undefined {
  return progress.get(jobId);
}

export function clearProgress(jobId: number): void {
  progress.delete(jobId);
}
