import { execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private PostgreSQL primary and a hot-standby streaming replica of it, made with Debian's own
 * tools (initdb, pg_basebackup -R) in a temporary directory on free ports — the machine's server is
 * never touched (FACTS.md, "A private PostgreSQL primary + streaming replica").
 */
export interface ReplicaCluster {
  primaryUrl: string;
  replicaUrl: string;
  stopReplica(): void;
  startReplica(): void;
  remove(): void;
}

const bindir = () => execFileSync('pg_config', ['--bindir']).toString().trim();

function asPostgres(cmd: string, args: string[]): void {
  execFileSync('runuser', ['-u', 'postgres', '--', join(bindir(), cmd), ...args], { stdio: 'pipe', timeout: 120_000 });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Whether this machine can make one: PostgreSQL's server binaries and root (for runuser). */
export function canMakeReplicaCluster(): boolean {
  try {
    statSync(join(bindir(), 'initdb'));
    return process.getuid?.() === 0;
  } catch {
    return false;
  }
}

export async function makeReplicaCluster(): Promise<ReplicaCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'haidong-replica-'));
  const { uid, gid } = statSync('/var/lib/postgresql');
  chownSync(dir, uid, gid);
  const primary = join(dir, 'primary');
  const replica = join(dir, 'replica');
  const [pPort, rPort] = [await freePort(), await freePort()];
  const start = (data: string, port: number) =>
    asPostgres('pg_ctl', ['-D', data, '-w', '-l', `${data}.log`, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']);
  const stop = (data: string) => {
    try {
      asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
  };
  asPostgres('initdb', ['-D', primary, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  appendFileSync(join(primary, 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n');
  start(primary, pPort);
  asPostgres('pg_basebackup', ['-h', '127.0.0.1', '-p', String(pPort), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream']);
  start(replica, rPort);
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${pPort}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${rPort}/postgres`,
    stopReplica: () => stop(replica),
    startReplica: () => start(replica, rPort),
    remove() {
      stop(replica);
      stop(primary);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
