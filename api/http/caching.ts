import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';

/**
 * Caching and compression of what the server sends (issue 11 "fast first view"):
 * - the built client's hashed files (`/assets/<name>-<hash>.js`) never change under their name:
 *   `public, max-age=31536000, immutable` (RFC 8246); everything else of the client, above all
 *   index.html, is revalidated on every load (`no-cache`) so a new build is picked up at once;
 * - dynamic JSON and GeoJSON is gzip-compressed on the fly (hono compress; the client's files are
 *   precompressed to .br/.gz at build time, see vite.config.ts, and served by serveStatic);
 * - reference and map layers carry a strong ETag of their body, so a repeated request with
 *   If-None-Match answers 304 without the body (RFC 9110 §13.1.2).
 */
export const immutableAsset = 'public, max-age=31536000, immutable';
export const revalidate = 'no-cache';

/** Cache-Control for a file of the built client, by its path under dist/ (a precompressed twin included). */
export function clientCacheControl(path: string): string {
  return /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(?:\.br|\.gz|\.zst)?$/.test(path) ? immutableAsset : revalidate;
}

/** gzip for compressible bodies over 1 KB that are not already encoded (precompressed files are). */
export const compressResponses: MiddlewareHandler = compress({ encoding: 'gzip' });

/** ETag / If-None-Match → 304 for layer endpoints (the body's SHA-1, computed before compression). */
export const layerETag: MiddlewareHandler = etag();
