import { sql } from 'drizzle-orm';

/** `'a','b','c'` for a CHECK (… in (…)) built from an `as const` tuple (values are ours, not input). */
export const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));
