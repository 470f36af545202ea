// Idempotency keys of retried writes (api/http/route.ts `idempotent: true`): the first answer to a
// (user, key) is kept, in the same transaction as the write, and replayed to every retry.
import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** `POST /api/gas/hazards`: the same key on another route is a reuse (422). */
    target: text('target').notNull(),
    /** sha-256 (hex) of the request body (JSON text, or the multipart fields and file bytes). */
    bodyHash: text('body_hash').notNull(),
    status: integer('status').notNull(),
    contentType: text('content_type'),
    /** The answer's body as sent (JSON text). */
    response: text('response').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);
