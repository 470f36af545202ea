import { hc } from 'hono/client';
import type { AppType } from '../../api/app';

/** The one way the web reaches the server: typed routes, no hand-written URL strings. */
export const api = hc<AppType>(`${location.origin}/api`, {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set('Accept-Language', currentLang());
    return fetch(input, { ...init, credentials: 'same-origin', headers });
  },
});

function currentLang(): string {
  return localStorage.getItem('lang') === 'en' ? 'en' : 'zh-CN';
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Unwraps a typed-client response: JSON on 2xx, an ApiError with the server's words otherwise. */
export async function unwrap<T>(res: { ok: boolean; status: number; json(): Promise<T> } | Promise<{ ok: boolean; status: number; json(): Promise<T> }>): Promise<T> {
  const r = await res;
  if (r.status === 204) return undefined as T; // no content (password changes, unlocks)
  if (r.ok) return r.json();
  let body: { error?: { code?: string; message?: string; field?: string; details?: unknown } } = {};
  try {
    body = (await r.json()) as typeof body;
  } catch {
    // a non-JSON error body (proxy, network) falls through to the generic message
  }
  throw new ApiError(r.status, body.error?.code ?? 'http_' + r.status, body.error?.message ?? `HTTP ${r.status}`, body.error?.field, body.error?.details);
}

/**
 * Same-origin path of a typed route's URL, `hrefOf(api.geo.counties.$url())`, for map sources
 * and downloads that the browser fetches itself (params and query typed by the route).
 */
export function hrefOf(url: URL): string {
  return url.pathname + url.search;
}
