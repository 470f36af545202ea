import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context';
import { forbidden } from '../domain/shared/domainError';

/**
 * The Content-Security-Policy of every response, the client's pages included (issue 14).
 * No inline script or style anywhere (the API docs load docs.js/docs.css). MapLibre GL builds its
 * workers from blob: URLs and draws images from data:/blob: URLs; the optional remote basemap
 * style (BASEMAP_STYLE_URL) adds its own origin for fetches and images.
 */
export function contentSecurityPolicy(basemapStyleUrl?: string): string {
  const remote = basemapStyleUrl ? ` ${new URL(basemapStyleUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${remote}`,
    "font-src 'self' data:",
    `connect-src 'self'${remote}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Only geolocation and the camera (field photos), and only for the app itself. */
export const permissionsPolicy = [
  'geolocation=(self)',
  'camera=(self)',
  ...['accelerometer', 'autoplay', 'display-capture', 'encrypted-media', 'fullscreen', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking'].map((f) => `${f}=()`),
].join(', ');

/** Security headers on every response (API, client pages, static files, errors). */
export function securityHeaders(basemapStyleUrl?: string) {
  const csp = contentSecurityPolicy(basemapStyleUrl);
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    c.header('Content-Security-Policy', csp);
    c.header('X-Frame-Options', 'DENY');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Permissions-Policy', permissionsPolicy);
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Strict-Transport-Security', 'max-age=15552000; includeSubDomains');
  });
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that another site's page made (CSRF defence in depth beside
 * the SameSite=Strict cookie): `Sec-Fetch-Site: cross-site`, or an `Origin` whose host is not the
 * one the request was sent to → 403. Requests without these headers (curl, GDAL, tests) pass.
 */
export const originGuard = createMiddleware<AppEnv>(async (c, next) => {
  if (!safeMethods.has(c.req.method)) {
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    if (site === 'cross-site') throw forbidden('Origin');
    if (origin !== undefined) {
      let host: string | undefined;
      try {
        host = new URL(origin).host;
      } catch {
        host = undefined; // "null" (sandboxed frames, file://) or garbage
      }
      if (host === undefined || host !== (c.req.header('host') ?? new URL(c.req.url).host)) throw forbidden('Origin');
    }
  }
  await next();
});
