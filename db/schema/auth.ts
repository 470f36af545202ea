import { pgTable, serial, text, integer, timestamp, index, check, boolean } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull().default(''),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['planner', 'inspector', 'official', 'education', 'admin'] }).notNull(),
    groupNo: integer('group_no'),
    /** An education user's county (GB/T 2260); null = the whole city (issue 14). */
    countyCode: text('county_code'),
    /** A disabled account cannot log in and its sessions are gone; kept for the audit trail. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Set by an administrator's reset: the user must choose a new password first. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_role_check', sql`${t.role} in ('planner','inspector','official','education','admin')`),
    check('users_inspector_group', sql`(${t.role} = 'inspector') = (${t.groupNo} is not null)`),
    check('users_education_county', sql`${t.countyCode} is null or ${t.role} = 'education'`),
  ],
);

/**
 * Login throttling (issue 14), one row per key: `user:<lowercased name>` whether or not that
 * account exists (so a lock tells nothing about which accounts exist) and `addr:<address>`.
 * An attempt is counted by one INSERT … ON CONFLICT DO UPDATE … RETURNING before the password
 * is checked, so a burst of parallel attempts cannot get past the limit.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  attempts: integer('attempts').notNull().default(0),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  /** Whether the attempt that last touched the row may go on to the password check. */
  allowed: boolean('allowed').notNull().default(true),
});

/** Sessions live in the database so several API instances can serve one deployment. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(), // sha-256 of the cookie token; the token itself is never stored
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Personal API tokens for GIS clients (issue 12): `Authorization: Bearer <token>` on read-only
 * routes, acting with the owner's role and scope. Only the sha-256 of the token is stored; the
 * token is shown once at creation. Revoked or expired → 401.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    hash: text('hash').notNull().unique(),
    /** First characters of the token, so a user can tell tokens apart in the list. */
    prefix: text('prefix').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);
