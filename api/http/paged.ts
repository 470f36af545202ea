import type { Context } from 'hono';

/**
 * A list page that says whether it is the whole list (issue 12: a capped list never cuts
 * silently). `truncated` is true when rows exist past this page; `next`/`prev` are the same
 * request with the offset moved by one page, so a generic client can walk the list.
 */
export function paged<T extends { features: unknown[]; total: number }>(c: Context, page: T, q: { limit: number; offset: number }) {
  const returned = page.features.length;
  const truncated = q.offset + returned < page.total;
  const link = (offset: number) => {
    const url = new URL(c.req.url);
    url.searchParams.set('offset', String(offset));
    url.searchParams.set('limit', String(q.limit));
    return url.pathname + url.search;
  };
  return {
    ...page,
    limit: q.limit,
    offset: q.offset,
    truncated,
    ...(truncated ? { next: link(q.offset + returned) } : {}),
    ...(q.offset > 0 ? { prev: link(Math.max(0, q.offset - q.limit)) } : {}),
  };
}
