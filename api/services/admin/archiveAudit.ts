import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Db } from '../../../db/client';
import { appendAudit, auditRowsBefore, deleteArchivedAudit } from '../../../db/repositories/audit';
import { writeChecksum } from '../backup/checksum';

/** MLPS level 3 (GB/T 22239-2019 8.1.4.3): audit records are kept at least 6 months. */
export const AUDIT_RETENTION_MONTHS = 6;

export interface ArchiveResult {
  rows: number;
  cutoff: string;
  file: string | null;
  sha256: string | null;
}

/** The instant `months` calendar months before `now` (UTC). */
export function retentionCutoff(now: Date, months = AUDIT_RETENTION_MONTHS): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Moves audit rows older than the retention period into `dir/audit-<cutoff>-<first>-<last>.jsonl.gz`
 * (one JSON object per row) with a `.sha256` beside it, then deletes exactly those rows, in one
 * transaction that also records the archiving itself (issue 14: never silently deleted). The file is
 * written before the delete: a failure after it leaves the rows in place, never lost.
 */
export async function archiveAudit(db: Db, actor: string, dir: string, now: Date): Promise<ArchiveResult> {
  const cutoff = retentionCutoff(now);
  return db.transaction(async (tx) => {
    const rows = await auditRowsBefore(tx, cutoff);
    let file: string | null = null;
    let sha256: string | null = null;
    if (rows.length > 0) {
      mkdirSync(dir, { recursive: true });
      const stamp = cutoff.toISOString().slice(0, 10);
      file = join(dir, `audit-${stamp}-${rows[0]!.id}-${rows[rows.length - 1]!.id}.jsonl.gz`);
      const lines = rows.map((r) => JSON.stringify({ ...r, at: new Date(r.at).toISOString() })).join('\n') + '\n';
      writeFileSync(file, gzipSync(lines));
      sha256 = await writeChecksum(file);
      const deleted = await deleteArchivedAudit(tx, rows.map((r) => r.id));
      if (deleted !== rows.length) throw new Error(`audit archive: deleted ${deleted} of ${rows.length} rows`);
    }
    const result = { rows: rows.length, cutoff: cutoff.toISOString(), file, sha256 };
    await appendAudit(tx, { actor, role: 'admin', action: 'audit.archive', objectType: 'audit_log', result: 'ok', detail: result });
    return result;
  });
}
