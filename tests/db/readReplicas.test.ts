import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import postgres from 'postgres';
import { openDatabase, queryRows, type Database } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { createApp } from '../../api/app';
import { readEnv } from '../../api/env';
import { prepareDatabase } from '../../api/services/demo/prepareDatabase';
import { hazardBody } from '../helpers/accessFixtures';
import { canMakeReplicaCluster, makeReplicaCluster, type ReplicaCluster } from '../helpers/replicaCluster';
import { loginAt, TEST_SCALE, TEST_TODAY, type Client } from '../helpers/testApp';

/**
 * DATABASE_REPLICA_URLS on a real hot-standby (issue 15): reads are answered by the replica, writes
 * by the primary, a writer reads their own write at once, the write reaches the replica, and a
 * replica that is down is skipped. Runs beside the PostgreSQL tests (it needs PostgreSQL's tools).
 */
const enabled = !!inject('testPostgresUrl') && canMakeReplicaCluster();

describe.skipIf(!enabled)('read replicas (real streaming replica)', () => {
  let cluster: ReplicaCluster;
  let database: Database;
  let server: ServerType;
  let baseUrl: string;
  let official: Client;
  let inspector: Client;

  beforeAll(async () => {
    cluster = await makeReplicaCluster();
    const boot = postgres(cluster.primaryUrl, { max: 1, onnotice: () => {} });
    await boot.unsafe('create database haidong');
    await boot.end();
    const url = (u: string) => u.replace(/\/postgres$/, '/haidong');
    database = await openDatabase({ url: url(cluster.primaryUrl), poolSize: 4, replicaUrls: [url(cluster.replicaUrl)], replicaOptions: { pollMs: 200 } });
    await migrateDatabase(database);
    await prepareDatabase(database, { seed: 'haidong-test', scale: TEST_SCALE, demo: true, today: TEST_TODAY });
    const app = createApp({ database, env: readEnv({ DEMO: 'on' }) });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    official = await loginAt(baseUrl, 'official');
    inspector = await loginAt(baseUrl, 'inspector1');
  }, 300_000);

  afterAll(async () => {
    server?.close();
    await database?.close();
    cluster?.remove();
  });

  /** Waits (hang guard 30 s) until the replica has replayed everything written so far. */
  async function caughtUp() {
    const replicas = database.replicas!;
    const head = await replicas.primaryLsn();
    for (let i = 0; i < 300; i++) {
      await replicas.refresh();
      if (replicas.nodes[0]!.healthy && replicas.nodes[0]!.replayLsn >= head) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('replica did not catch up');
  }

  it('answers a logged-in list from the replica, which really is a standby', async () => {
    await caughtUp();
    const [standby] = await queryRows<{ r: boolean }>(database.replicas!.nodes[0]!.db, sql`select pg_is_in_recovery() as r`);
    expect(standby!.r).toBe(true);
    const r = await official.get('/api/gas/hazards?limit=5');
    expect(r.status).toBe(200);
    expect(r.headers.get('x-db-node')).toBe('replica-0');
    expect(r.body.features.length).toBeGreaterThan(0);
  });

  it('writes on the primary; the writer reads the write at once; everyone sees it after replication', async () => {
    const [venue] = await queryRows<{ id: number }>(database.db, sql`select id from gas_venues where district_code = '630202' order by id limit 1`);
    const created = await inspector.post('/api/gas/hazards', hazardBody(Number(venue!.id)));
    expect(created.status, created.text).toBe(201);
    expect(created.headers.get('set-cookie')).toMatch(/hd_wal=/);
    // Read-your-writes: whichever node answers has replayed the write.
    const mine = await inspector.get(`/api/gas/hazards/${created.body.id}`);
    expect(mine.status).toBe(200);
    await caughtUp();
    const theirs = await official.get(`/api/gas/hazards/${created.body.id}`);
    expect(theirs.status).toBe(200);
    expect(theirs.headers.get('x-db-node')).toBe('replica-0');
    const [onReplica] = await queryRows<{ n: number }>(database.replicas!.nodes[0]!.db, sql`select count(*)::int as n from gas_hazards where id = ${created.body.id}`);
    expect(onReplica!.n).toBe(1);
  });

  it('keeps audited personal reads on the primary (an audit row is a write)', async () => {
    const education = await loginAt(baseUrl, 'education');
    const list = await education.get('/api/education/cases?limit=1');
    expect(list.status).toBe(200);
    expect(list.headers.get('x-db-node')).toBeNull();
  });

  it('answers every parameterless GET route from the replica without a server error (no GET writes)', async () => {
    await caughtUp();
    const spec = await (await fetch(`${baseUrl}/api/openapi.json`)).json() as { paths: Record<string, Record<string, unknown>> };
    const paths = Object.entries(spec.paths).filter(([p, ops]) => ops.get && !p.includes('{')).map(([p]) => p);
    expect(paths.length).toBeGreaterThan(20);
    for (const who of ['admin', 'official', 'planner']) {
      const user = await loginAt(baseUrl, who);
      for (const path of paths) {
        const r = await user.get(path);
        expect(r.status, `${who} GET ${path}: ${r.text.slice(0, 200)}`).toBeLessThan(500);
      }
    }
  });

  it('skips a replica that is down and uses it again when it is back', async () => {
    cluster.stopReplica();
    await database.replicas!.refresh();
    const r = await official.get('/api/gas/hazards?limit=5');
    expect(r.status).toBe(200);
    expect(r.headers.get('x-db-node')).toBe('primary');
    cluster.startReplica();
    await caughtUp();
    const back = await official.get('/api/gas/hazards?limit=5');
    expect(back.headers.get('x-db-node')).toBe('replica-0');
  });
});
