import { pgTable, bigserial, text, integer, timestamp, jsonb, index } from 'drizzle-orm/pg-core';
import { importJobStatuses } from '../../api/domain/imports/vocabulary';

/**
 * One row per file import, written and committed BEFORE the all-or-nothing data transaction,
 * so an import killed mid-way (server crash, database outage) is still on record: the next start
 * marks every import left 'running' as 'failed' (interrupted), while its rows were never committed.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    actor: text('actor').notNull(),
    fileName: text('file_name'),
    status: text('status', { enum: importJobStatuses }).notNull(),
    totalRows: integer('total_rows'),
    importedRows: integer('imported_rows'),
    invalidRows: integer('invalid_rows'),
    error: text('error'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    detail: jsonb('detail'),
  },
  (t) => [index('import_jobs_status_idx').on(t.status)],
);
