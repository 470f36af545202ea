import { drizzle } from 'drizzle-orm/postgres-js';
import type postgresType from 'postgres';
import type { Db } from './client';

/**
 * PostgreSQL streaming replicas for reads (issue 15, "Past one machine").
 *
 * A replica serves a read only while it is reachable, in recovery, and has replayed the primary's
 * WAL to within `maxLagBytes`; the poller re-checks every `pollMs`. Read-your-writes: a caller who
 * has just written passes the primary's WAL position after that write (`atLeast`), and only a
 * replica that has replayed past it may answer; otherwise the primary does.
 */
export interface ReplicaNode {
  name: string;
  db: Db;
  healthy: boolean;
  /** WAL position the replica had replayed at the last poll. */
  replayLsn: bigint;
}

export interface ReplicaSet {
  nodes: readonly ReplicaNode[];
  /** A healthy replica that has replayed `atLeast` (round robin), or undefined for the primary. */
  pick(atLeast: bigint): ReplicaNode | undefined;
  /** The primary's current WAL insert position: recorded after a write for read-your-writes. */
  primaryLsn(): Promise<bigint>;
  /** One poll of every replica (also run by the timer). */
  refresh(): Promise<void>;
  /** A replica that failed a request is skipped until the next poll finds it well again. */
  markDown(node: ReplicaNode): void;
  close(): Promise<void>;
}

export interface ReplicaOptions {
  maxLagBytes: number;
  pollMs: number;
  poolSize: number;
}

/** `16/B374D848` → 0x16B374D848 (PostgreSQL's pg_lsn text form: two hex halves). */
export function parseLsn(text: string | null | undefined): bigint {
  const m = /^([0-9A-F]+)\/([0-9A-F]+)$/i.exec(text ?? '');
  return m ? (BigInt(`0x${m[1]}`) << 32n) | BigInt(`0x${m[2]}`) : 0n;
}

export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

export async function openReplicas(primary: postgresType.Sql, urls: readonly string[], opts: ReplicaOptions): Promise<ReplicaSet> {
  const { default: postgres } = await import('postgres');
  const clients = urls.map((url) => postgres(url, { max: opts.poolSize, onnotice: () => {}, connect_timeout: 5, idle_timeout: 60 }));
  const nodes: ReplicaNode[] = clients.map((client, i) => ({
    name: `replica-${i}`,
    db: drizzle(client) as unknown as Db,
    healthy: false,
    replayLsn: 0n,
  }));
  let next = 0;

  const primaryLsn = async () => parseLsn((await primary`select pg_current_wal_lsn()::text as l`)[0]?.l as string);

  async function pollOne(i: number, head: bigint) {
    const node = nodes[i]!;
    try {
      const [row] = await clients[i]!`select pg_is_in_recovery() as r, pg_last_wal_replay_lsn()::text as l`;
      node.replayLsn = parseLsn(row?.l as string);
      node.healthy = row?.r === true && head - node.replayLsn <= BigInt(opts.maxLagBytes);
    } catch {
      node.healthy = false;
    }
  }

  async function refresh() {
    let head: bigint;
    try {
      head = await primaryLsn();
    } catch {
      // Without the primary's position no lag can be judged: keep the last verdicts.
      return;
    }
    await Promise.all(nodes.map((_, i) => pollOne(i, head)));
  }

  await refresh();
  let polling = false;
  const timer = setInterval(() => {
    if (polling) return;
    polling = true;
    void refresh().finally(() => (polling = false));
  }, opts.pollMs);
  timer.unref();

  return {
    nodes,
    pick(atLeast) {
      for (let k = 0; k < nodes.length; k++) {
        const node = nodes[(next + k) % nodes.length]!;
        if (node.healthy && node.replayLsn >= atLeast) {
          next = (next + k + 1) % nodes.length;
          return node;
        }
      }
      return undefined;
    },
    primaryLsn,
    refresh,
    markDown(node) {
      node.healthy = false;
    },
    async close() {
      clearInterval(timer);
      await Promise.all(clients.map((c) => c.end({ timeout: 5 })));
    },
  };
}
