import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database, type DbKind } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { createApp } from '../../api/app';
import { readEnv } from '../../api/env';
import { prepareDatabase } from '../../api/services/demo/prepareDatabase';
import { DEMO_PASSWORD } from '../../api/services/demo/demoAccounts';


/** The databases every API test runs against: PGlite always, PostgreSQL when the URL is given. */
export const testDatabases: DbKind[] = inject('testPostgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

/** Small demo data (scale 0.05) anchored on a fixed date, so expectations do not drift. */
export const TEST_TODAY = '2026-11-20';
export const TEST_SCALE = 0.05;

export interface Reply<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface Client {
  request<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  get<T = any>(path: string, headers?: Record<string, string>): Promise<Reply<T>>;
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  patch<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  put<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  delete<T = any>(path: string): Promise<Reply<T>>;
  /** Raw body (string/Buffer/FormData) with explicit headers, e.g. file uploads. */
  send<T = any>(method: string, path: string, body: BodyInit, headers?: Record<string, string>): Promise<Reply<T>>;
}

export interface TestApp {
  kind: DbKind;
  baseUrl: string;
  database: Database;
  anon: Client;
  /** Logs a demo account in (password haidong-demo) and returns a client carrying its cookie. */
  login(username: string): Promise<Client>;
}

export function client(baseUrl: string, cookie?: string): Client {
  const send = async (method: string, path: string, body: BodyInit | undefined, headers: Record<string, string> = {}) => {
    const res = await fetch(baseUrl + path, { method, body, headers: { ...(cookie ? { cookie } : {}), ...headers } });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // non-JSON body (CSV, XLSX, HTML): keep the text
    }
    return { status: res.status, body: parsed as any, text, headers: res.headers };
  };
  const json = (method: string) => (path: string, body?: unknown, headers?: Record<string, string>) =>
    send(method, path, body === undefined ? undefined : JSON.stringify(body), {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    });
  return {
    request: (m, p, b, h) => json(m)(p, b, h),
    get: (p, h) => send('GET', p, undefined, h),
    post: json('POST'),
    patch: json('PATCH'),
    put: json('PUT'),
    delete: (p) => send('DELETE', p, undefined),
    send: (m, p, b, h) => send(m, p, b, h),
  };
}

const apps = new Map<DbKind, Promise<TestApp>>();
const root = fileURLToPath(new URL('../..', import.meta.url));
const servers: ServerType[] = [];

async function start(kind: DbKind): Promise<TestApp> {
  const url = kind === 'postgres' ? inject('testPostgresUrl') : undefined;
  if (kind === 'postgres' && !url) throw new Error('no test PostgreSQL database');
  // One PGlite per test process (≈10–20 s to start with PostGIS, FACTS.md), shared by every file.
  const database = await openDatabase(kind === 'pglite' ? { dataDir: 'memory://' } : { url, poolSize: 10 });
  await migrateDatabase(database);
  await prepareDatabase(database, { seed: 'haidong-test', scale: TEST_SCALE, demo: true, today: TEST_TODAY });
  // Every test logs in from 127.0.0.1: the per-address limit is tested on the verb (loginThrottle.test.ts).
  const env = readEnv({ DEMO: 'on', LOGIN_ADDRESS_MAX_FAILURES: '100000', BACKUP_DIR: mkdtempSync(join(tmpdir(), 'haidong-test-backups-')) });
  // The built client is served too (browser tests build it first through getWebApp).
  const app = createApp({ database, env, clientRoot: root });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  servers.push(server);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    kind,
    baseUrl,
    database,
    anon: client(baseUrl),
    login: (username: string) => loginAt(baseUrl, username),
  };
}

/** Logs a demo account in at a server (password haidong-demo): a client carrying its cookie. */
export async function loginAt(baseUrl: string, username: string): Promise<Client> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return client(baseUrl, cookie);
}

/** The shared app on one database kind (created on first use in this process). */
export function getTestApp(kind: DbKind): Promise<TestApp> {
  let app = apps.get(kind);
  if (!app) {
    app = start(kind);
    apps.set(kind, app);
  }
  return app;
}
