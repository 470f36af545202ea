import { pgTable, bigserial, text, timestamp, jsonb, index } from 'drizzle-orm/pg-core';

/**
 * Append-only audit trail: every write, every login (success and failure) and every read of
 * personal data (PIPL Art. 28 for minors' data). A trigger in the migrations refuses UPDATE,
 * DELETE and TRUNCATE, so not even the application can rewrite history.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor'),
    role: text('role'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    result: text('result').notNull(),
    detail: jsonb('detail'),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_object_idx').on(t.objectType, t.objectId)],
);
