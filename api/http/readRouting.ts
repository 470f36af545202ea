import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { formatLsn, parseLsn, type ReplicaNode } from '../../db/replicas';
import type { AppEnv } from './context';
import { toDomainError } from './onError';

/**
 * Reads on streaming replicas, writes on the primary (issue 15, DATABASE_REPLICA_URLS).
 *
 * A logged-in GET goes to a replica unless its answer is audited (personal data: the audit row is
 * a write) or the route asks for the primary. Read-your-writes: after a successful write the
 * primary's WAL position is kept in a cookie (so it holds across API instances) and in memory per
 * user (token clients keep no cookies); a later read goes only to a replica that has replayed past
 * it, else to the primary — nobody sees their own change vanish.
 */
const WAL_COOKIE = 'hd_wal';
const rememberMs = 5 * 60 * 1000;
const lastWriteByUser = new Map<number, { lsn: bigint; at: number }>();

function writtenAt(c: Context<AppEnv>): bigint {
  const fromCookie = parseLsn(getCookie(c, WAL_COOKIE));
  const mine = lastWriteByUser.get(c.var.user.id);
  const fromMemory = mine && Date.now() - mine.at < rememberMs ? mine.lsn : 0n;
  return fromCookie > fromMemory ? fromCookie : fromMemory;
}

/** Sends this read to a replica when one qualifies; returns it so a failure can mark it down. */
export function routeRead(c: Context<AppEnv>): ReplicaNode | undefined {
  const replicas = c.var.replicas;
  if (!replicas) return undefined;
  const node = replicas.pick(writtenAt(c));
  c.header('X-Db-Node', node?.name ?? 'primary');
  if (node) c.set('db', node.db);
  return node;
}

/** After a request on a replica: a connection failure takes that replica out until the next poll. */
export function afterRead(c: Context<AppEnv>, node: ReplicaNode | undefined): void {
  if (node && c.error && toDomainError(c.error)?.kind === 'unavailable') c.var.replicas?.markDown(node);
}

/** After a successful write: remember the primary's WAL position for this caller's next reads. */
export async function noteWrite(c: Context<AppEnv>): Promise<void> {
  const replicas = c.var.replicas;
  if (!replicas || c.res.status >= 400) return;
  const lsn = await replicas.primaryLsn();
  const user = c.get('user');
  if (user) lastWriteByUser.set(user.id, { lsn, at: Date.now() });
  setCookie(c, WAL_COOKIE, formatLsn(lsn), { path: '/api', httpOnly: true, sameSite: 'Lax', maxAge: rememberMs / 1000 });
}
