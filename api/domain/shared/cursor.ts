/**
 * Keyset (cursor) paging: a page ends at its last row's sort key, and the next page starts after
 * it, so page N costs the same as page 1 and a row inserted meanwhile neither repeats nor vanishes
 * (offset paging re-counts every skipped row). The cursor is opaque to clients: base64url of the
 * key `[sortValue, id]`.
 */
export interface PageKey {
  /** The sort column's value of the last row on the page (an ISO date for hazards). */
  value: string;
  id: number;
}

export function encodeCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify([key.value, key.id])).toString('base64url');
}

/** The key behind a cursor, or undefined when it is not one this API wrote. */
export function decodeCursor(cursor: string): PageKey | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return undefined;
    const [value, id] = parsed as unknown[];
    if (typeof value !== 'string' || value.length > 64 || !Number.isSafeInteger(id) || (id as number) < 1) return undefined;
    return { value, id: id as number };
  } catch {
    return undefined;
  }
}

/** How a list says how many rows match: exact up to a cap, past it the planner's estimate, flagged. */
export interface ListTotal {
  total: number;
  totalExact: boolean;
}
