import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from './context';

/**
 * The network address of the connection (per-address login limit). A deployment behind a reverse
 * proxy sees the proxy's address here; the limit then applies to the proxy as a whole.
 */
export function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // no socket (app.request() in a test)
  }
}
