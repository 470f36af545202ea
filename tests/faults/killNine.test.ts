import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { createRng, int } from '../../data/generate/random';
import { adminStatement, faultTestsEnabled } from '../helpers/postgresControl';
import { startServerProcess, waitExit } from '../helpers/serverProcess';

const KILLS = 20;

/**
 * A writer makes committed writes through the API (logins: each creates a session row and an
 * audit row in one transaction, and the cookie is only sent after the commit) and logs each
 * committed session to an fsynced file. The server is killed with SIGKILL at random moments;
 * afterwards every logged session must still work.
 */
async function killLoop(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'hd-kill-'));
  const logPath = join(dir, 'committed.log');
  const log = openSync(logPath, 'a');
  const rng = createRng(`kill-9:${env.DATABASE_URL ? 'postgres' : 'pglite'}`);
  const processEnv = { DEMO: 'on', SCALE: '0.02', SEED: 'kill-test', ...env };
  let committed = 0;
  for (let round = 0; round < KILLS; round++) {
    const server = await startServerProcess(processEnv);
    const killAt = Date.now() + int(rng, 200, 1500);
    while (Date.now() < killAt) {
      try {
        const res = await fetch(`${server.baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'planner', password: 'haidong-demo' }),
        });
        if (res.status === 200) {
          const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
          writeSync(log, `${cookie}\n`);
          fsyncSync(log);
          committed++;
        }
      } catch {
        break;
      }
    }
    server.child.kill('SIGKILL');
    await waitExit(server.child);
  }
  closeSync(log);
  // The last start after the last kill must reopen the same data and find every committed write.
  const server = await startServerProcess(processEnv);
  try {
    const cookies = readFileSync(logPath, 'utf8').trim().split('\n').filter(Boolean);
    expect(cookies.length).toBe(committed);
    expect(committed).toBeGreaterThan(KILLS);
    const missing: string[] = [];
    for (const cookie of cookies) {
      const me = await fetch(`${server.baseUrl}/api/auth/me`, { headers: { cookie } });
      if (me.status !== 200) missing.push(cookie.slice(0, 20));
    }
    expect(missing).toEqual([]);
  } finally {
    server.child.kill('SIGTERM');
    await waitExit(server.child);
  }
}

describe.runIf(faultTestsEnabled)('committed writes survive kill -9', () => {
  const dbName = `haidong_kill_${process.pid}`;
  afterAll(async () => {
    if (faultTestsEnabled) await adminStatement(`drop database if exists ${dbName} with (force)`);
  });

  test(`PGlite: ${KILLS} kills, every logged id is in the database, it reopens every time`, async () => {
    await killLoop({ DATA_DIR: join(mkdtempSync(join(tmpdir(), 'hd-kill-pglite-')), 'pglite') });
  }, 900_000);

  test(`PostgreSQL: ${KILLS} kills, every logged id is in the database`, async () => {
    await adminStatement(`create database ${dbName}`);
    const url = new URL(inject('testPostgresUrl')!);
    url.pathname = `/${dbName}`;
    await killLoop({ DATABASE_URL: url.toString() });
  }, 900_000);
});
