import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../db/client';
import { createApp } from '../../api/app';
import { readEnv } from '../../api/env';
import { faultTestsEnabled, startPostgres, stopPostgres } from '../helpers/postgresControl';

describe.runIf(faultTestsEnabled)('PostgreSQL restarted under a running server', () => {
  let database: Database;
  let server: ServerType;
  let base: string;

  beforeAll(async () => {
    database = await openDatabase({ url: inject('testPostgresUrl'), poolSize: 2 });
    const app = createApp({ database, env: readEnv({}) });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await database?.close();
  });

  test('requests during the outage get 503 JSON, and the server recovers by itself', async () => {
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    stopPostgres();
    try {
      const during = await fetch(`${base}/api/health`);
      expect(during.status).toBe(503);
      expect(during.headers.get('retry-after')).toBe('2');
      expect(await during.json()).toMatchObject({ error: { code: 'database_unavailable' } });
    } finally {
      startPostgres();
    }
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await fetch(`${base}/api/health`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  });
});
