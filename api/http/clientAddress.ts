import { isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from './context';

/** An IPv4-mapped IPv6 peer (`::ffff:127.0.0.1`) is the IPv4 address it maps. */
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/**
 * The client's address for the per-address login limit (issue 14). `X-Forwarded-For` is believed
 * only when the connection comes from a proxy named in TRUSTED_PROXIES, and then only its last
 * entry — the hop that proxy appended (the address it saw); everything to its left was written by
 * the client and may be forged. Without the setting, or from any other peer, the header is
 * ignored and the socket's address counts. Pure.
 */
export function forwardedClient(peer: string, forwardedFor: string | undefined, trustedProxies: readonly string[]): string {
  const from = plain(peer);
  if (!forwardedFor || !trustedProxies.includes(from)) return from;
  const last = forwardedFor.split(',').at(-1)!.trim();
  return isIP(last) ? plain(last) : from;
}

/** The network address of the connection, or of the client behind a trusted proxy. */
export function clientAddress(c: Context<AppEnv>): string {
  let peer: string;
  try {
    peer = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    peer = 'unknown'; // no socket (app.request() in a test)
  }
  return forwardedClient(peer, c.req.header('x-forwarded-for'), c.var.env.TRUSTED_PROXIES);
}
