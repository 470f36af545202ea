import type { Me } from '../auth/session';

// The last user who logged in on this device, so that a reload with no connection still opens
// the app (issue 10). It holds what /api/auth/me answered (name, role, group, menus) — no secret;
// the session cookie stays HttpOnly and the server decides again once the device is online.
const key = 'haidong.lastUser';

/** The service worker's cache of API answers (vite.config.ts, runtimeCaching). */
export const apiCacheName = 'haidong-api';

export function rememberUser(me: Me): void {
  localStorage.setItem(key, JSON.stringify(me));
}

export function lastUser(): Me | null {
  const raw = localStorage.getItem(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Me;
  } catch {
    localStorage.removeItem(key);
    return null;
  }
}

/** On logout: the device forgets the user and the district data it kept for offline use. */
export async function forgetDevice(): Promise<void> {
  localStorage.removeItem(key);
  if ('caches' in window) await caches.delete(apiCacheName);
}
