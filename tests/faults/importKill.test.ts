import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { makeIdNumber } from '../../api/domain/education/idNumber';
import { adminStatement, faultTestsEnabled, startPostgres, stopPostgres } from '../helpers/postgresControl';
import { startServerProcess, waitExit, type ServerProcess } from '../helpers/serverProcess';

const ROWS = 100_000;

/** A household register of ROWS valid rows (ages 6–15 on the test date). */
function householdCsv(): string {
  const lines = ['idNumber,name,birthDate,countyCode'];
  const start = Date.UTC(2011, 8, 1);
  for (let i = 0; i < ROWS; i++) {
    // (birth date, sequence) is unique per row, so every ID number is distinct and valid.
    const birth = new Date(start + (i % 3000) * 86_400_000).toISOString().slice(0, 10);
    const county = ['630202', '630203', '630222'][i % 3]!;
    const id = makeIdNumber(county, birth, Math.floor(i / 3000), 1);
    lines.push(`${id},儿童${i},${birth},${county}`);
  }
  return lines.join('\n');
}

async function login(base: string) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'education', password: 'haidong-demo' }),
  });
  expect(r.status).toBe(200);
  return r.headers.get('set-cookie')!.split(';')[0]!;
}

function postImport(base: string, cookie: string, csv: string, fileName: string) {
  const form = new FormData();
  form.set('file', new Blob([csv], { type: 'text/csv' }), fileName);
  form.set('asOf', '2026-09-20');
  return fetch(`${base}/api/education/registers/household/import`, { method: 'POST', headers: { cookie }, body: form });
}

/**
 * Waits until the server's log says the import passed `minPercent` (PGlite serves nothing else
 * while an import holds its only connection, so the log is the progress signal).
 */
async function runningJob(server: ServerProcess, minPercent: number, timeoutMs = 400_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const seen = [...server.output().matchAll(/\[import (\d+)\] education\.register\.household: \d+\/\d+ \((\d+)%\)/g)];
    const last = seen.at(-1);
    if (last && Number(last[2]) >= minPercent) return { id: Number(last[1]) };
    await new Promise((res) => setTimeout(res, 5));
  }
  throw new Error(`the import never reached ${minPercent} %: ${server.output().slice(-2000)}`);
}

/** The stored register snapshots: id → row count. */
async function snapshots(base: string, cookie: string): Promise<Map<number, number>> {
  const r = await fetch(`${base}/api/education/registers`, { headers: { cookie } });
  const { imports } = (await r.json()) as { imports: { id: number; rowCount: number }[] };
  return new Map(imports.map((i) => [Number(i.id), Number(i.rowCount)]));
}

async function afterCrash(server: ServerProcess, jobId: number, before: Map<number, number>, fileName: string, csv: string) {
  const cookie = await login(server.baseUrl);
  const job = await (await fetch(`${server.baseUrl}/api/imports/${jobId}`, { headers: { cookie } })).json();
  expect(job).toMatchObject({ id: jobId, status: 'failed', error: 'interrupted' });
  // 0 of its rows are visible: no snapshot was added.
  expect(await snapshots(server.baseUrl, cookie)).toEqual(before);
  const again = await postImport(server.baseUrl, cookie, csv, fileName);
  expect(again.status).toBe(201);
  const added = [...(await snapshots(server.baseUrl, cookie))].filter(([id]) => !before.has(id));
  expect(added.map(([, rows]) => rows)).toEqual([ROWS]);
}

describe.runIf(faultTestsEnabled)('an import interrupted half-way leaves nothing behind', () => {
  const csv = faultTestsEnabled ? householdCsv() : '';
  const dbName = `haidong_import_${process.pid}`;
  afterAll(async () => {
    if (faultTestsEnabled) await adminStatement(`drop database if exists ${dbName} with (force)`);
  });

  test('PGlite: SIGKILL at ~50 % → 0 rows visible, import reported failed, re-import gives exactly 100,000', async () => {
    const env = { DATA_DIR: join(mkdtempSync(join(tmpdir(), 'hd-import-')), 'pglite'), DEMO: 'on', SCALE: '0.02', BODY_LIMIT_MB: '50' };
    let server = await startServerProcess(env);
    const cookie = await login(server.baseUrl);
    const before = await snapshots(server.baseUrl, cookie);
    const pending = postImport(server.baseUrl, cookie, csv, 'kill-test.csv').catch(() => undefined);
    const job = await runningJob(server, 50);
    server.child.kill('SIGKILL');
    await waitExit(server.child);
    await pending;
    server = await startServerProcess(env);
    try {
      await afterCrash(server, job.id, before, 'kill-test.csv', csv);
    } finally {
      server.child.kill('SIGTERM');
      await waitExit(server.child);
    }
  }, 600_000);

  test('PostgreSQL stopped (immediate) mid-import, then started: same guarantees', async () => {
    await adminStatement(`create database ${dbName}`);
    const url = new URL(inject('testPostgresUrl')!);
    url.pathname = `/${dbName}`;
    const env = { DATABASE_URL: url.toString(), DEMO: 'on', SCALE: '0.02', BODY_LIMIT_MB: '50' };
    let server = await startServerProcess(env);
    const cookie = await login(server.baseUrl);
    const before = await snapshots(server.baseUrl, cookie);
    const pending = postImport(server.baseUrl, cookie, csv, 'outage-test.csv');
    const job = await runningJob(server, 50);
    stopPostgres();
    startPostgres();
    const answer = await pending.catch((e: Error) => {
      throw new Error(`the server dropped the request (${e.message}); its log: ${server.output().slice(-3000)}`);
    });
    expect(answer.status).toBeGreaterThanOrEqual(500);
    // The import's process survived the outage, so it is the one restart that marks its job.
    server.child.kill('SIGTERM');
    await waitExit(server.child);
    server = await startServerProcess(env);
    try {
      await afterCrash(server, job.id, before, 'outage-test.csv', csv);
    } finally {
      server.child.kill('SIGTERM');
      await waitExit(server.child);
    }
  }, 600_000);
});
