import type { Context } from 'hono';

/**
 * A list page that says whether it is the whole list (issue 12: a capped list never cuts
 * silently). `truncated` is true when rows exist past this page; `next` is the same request for
 * the following page, so a generic client can walk the list. A list that pages by key (its page
 * carries `next`: the cursor, or null on the last page — the hazard list) links with `cursor=` and
 * also gives the cursor itself as `nextCursor`; an offset list links with the offset moved by one
 * page and has a `prev` as well.
 */
export function paged<T extends { features: unknown[]; total: number; next?: string | null }>(c: Context, page: T, q: { limit: number; offset: number }) {
  const { next: cursor, ...rest } = page;
  const returned = page.features.length;
  const keyset = cursor !== undefined;
  const truncated = keyset ? cursor !== null : q.offset + returned < page.total;
  const link = (set: Record<string, string>, drop: string[] = []) => {
    const url = new URL(c.req.url);
    for (const k of drop) url.searchParams.delete(k);
    for (const [k, v] of Object.entries(set)) url.searchParams.set(k, v);
    url.searchParams.set('limit', String(q.limit));
    return url.pathname + url.search;
  };
  const next = !truncated ? undefined : keyset ? link({ cursor: cursor! }, ['offset']) : link({ offset: String(q.offset + returned) });
  return {
    ...rest,
    limit: q.limit,
    offset: q.offset,
    truncated,
    ...(next ? { next } : {}),
    ...(keyset ? { nextCursor: cursor } : {}),
    ...(!keyset && q.offset > 0 ? { prev: link({ offset: String(Math.max(0, q.offset - q.limit)) }) } : {}),
  };
}
