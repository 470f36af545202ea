import { serve, type ServerType } from '@hono/node-server';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { createApp } from '../../../api/app';
import { readEnv } from '../../../api/env';
import { forwardedClient } from '../../../api/http/clientAddress';
import { queryRows } from '../../../db/client';
import { getTestApp, testDatabases, type TestApp } from '../../helpers/testApp';

/**
 * Issue 14, per-address login limit behind a proxy: X-Forwarded-For is believed only from a peer
 * named in TRUSTED_PROXIES, and then only its last hop. Other loopback addresses (127.x.y.z) play
 * the untrusted client, so no test locks 127.0.0.1, which every other test logs in from.
 */
test('forwardedClient: only a trusted peer\'s last hop counts', () => {
  expect(forwardedClient('10.0.0.5', '203.0.113.9', [])).toBe('10.0.0.5');
  expect(forwardedClient('10.0.0.5', '203.0.113.9', ['10.0.0.6'])).toBe('10.0.0.5');
  expect(forwardedClient('10.0.0.6', '1.2.3.4, 203.0.113.9', ['10.0.0.6'])).toBe('203.0.113.9');
  expect(forwardedClient('::ffff:10.0.0.6', '203.0.113.9', ['10.0.0.6'])).toBe('203.0.113.9');
  expect(forwardedClient('10.0.0.6', 'not-an-ip', ['10.0.0.6'])).toBe('10.0.0.6');
  expect(forwardedClient('10.0.0.6', undefined, ['10.0.0.6'])).toBe('10.0.0.6');
});

test('TRUSTED_PROXIES is parsed once with the environment and refuses what is not an IP address', () => {
  expect(readEnv({}).TRUSTED_PROXIES).toEqual([]);
  expect(readEnv({ TRUSTED_PROXIES: '127.0.0.1, ::1' }).TRUSTED_PROXIES).toEqual(['127.0.0.1', '::1']);
  expect(() => readEnv({ TRUSTED_PROXIES: 'proxy.local' })).toThrow(/TRUSTED_PROXIES/);
});

const servers: ServerType[] = [];
afterAll(() => servers.forEach((s) => s.close()));

async function serveWith(app: TestApp, vars: Record<string, string>): Promise<number> {
  const env = readEnv({ DEMO: 'on', LOGIN_ADDRESS_MAX_FAILURES: '3', ...vars });
  const hono = createApp({ database: app.database, env });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: hono.fetch, port: 0, hostname: '0.0.0.0' }, () => resolve(s));
  });
  servers.push(server);
  return (server.address() as AddressInfo).port;
}

/** A wrong login from `localAddress` (a loopback address) with an X-Forwarded-For header. */
function wrongLogin(port: number, localAddress: string, forwardedFor: string, username: string): Promise<number> {
  const body = JSON.stringify({ username, password: 'wrong-password-x' });
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/auth/login', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': forwardedFor } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const rand = () => 1 + Math.floor(Math.random() * 250);
const loopback = () => `127.${rand()}.${rand()}.${rand()}`;

describe.each(testDatabases)('trusted proxy for the per-address login limit on %s', (kind) => {
  let app: TestApp;
  let trusting: number;
  let plain: number;
  beforeAll(async () => {
    app = await getTestApp(kind);
    trusting = await serveWith(app, { TRUSTED_PROXIES: '127.0.0.1' });
    plain = await serveWith(app, {});
  });

  const failedAt = async (username: string) => {
    const [row] = await queryRows<{ address: string }>(app.database.db, sql`select detail->>'address' as address from audit_log where action = 'login' and actor = ${username} order by id desc limit 1`);
    return row?.address;
  };

  test('without the setting X-Forwarded-For is ignored: the socket address counts and reaches the limit', async () => {
    const me = loopback();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push(await wrongLogin(plain, me, `198.51.100.${rand()}`, `nobody-${Math.random().toString(36).slice(2)}`));
    expect(statuses).toEqual([401, 401, 401, 429]);
    const name = `nobody-${Math.random().toString(36).slice(2)}`;
    await wrongLogin(plain, loopback(), '198.51.100.7', name);
    expect(await failedAt(name)).not.toBe('198.51.100.7');
  });

  test('with the setting, a peer that is not the proxy is not believed either', async () => {
    const me = loopback();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push(await wrongLogin(trusting, me, `198.51.100.${rand()}`, `nobody-${Math.random().toString(36).slice(2)}`));
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  test('from the trusted proxy the last hop is the client: each client has its own limit, and a forged prefix does not escape it', async () => {
    const client = `203.0.113.${rand()}`;
    const name = `nobody-${Math.random().toString(36).slice(2)}`;
    expect(await wrongLogin(trusting, '127.0.0.1', `10.9.8.7, ${client}`, name)).toBe(401);
    expect(await failedAt(name)).toBe(client);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push(await wrongLogin(trusting, '127.0.0.1', `192.0.2.${rand()}, ${client}`, `nobody-${Math.random().toString(36).slice(2)}`));
    expect(statuses).toEqual([401, 401, 429]);
    // Another client behind the same proxy is not held by that limit.
    expect(await wrongLogin(trusting, '127.0.0.1', `203.0.113.${(Number(client.split('.')[3]) % 250) + 1}`, `nobody-${Math.random().toString(36).slice(2)}`)).toBe(401);
  });
});
