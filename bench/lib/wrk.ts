// Runs Debian's wrk pinned to one core, with a Lua script for method, body and cookie, and parses
// requests/s and the latency percentiles from --latency output.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface WrkRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  cookie?: string;
}

export interface WrkResult {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  requests: number;
}

function luaString(s: string): string {
  return JSON.stringify(s);
}

function script(req: WrkRequest): string {
  const lines = [`wrk.method = ${luaString(req.method)}`];
  if (req.body !== undefined) {
    lines.push(`wrk.body = ${luaString(JSON.stringify(req.body))}`);
    lines.push(`wrk.headers["Content-Type"] = "application/json"`);
  }
  if (req.cookie) lines.push(`wrk.headers["Cookie"] = ${luaString(req.cookie)}`);
  return lines.join('\n') + '\n';
}

function toMs(value: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000;
}

export async function wrk(baseUrl: string, req: WrkRequest, opts: { seconds: number; connections: number; cpu: number | null; threads?: number }): Promise<WrkResult> {
  const dir = mkdtempSync(join(tmpdir(), 'haidong-wrk-'));
  const file = join(dir, 'req.lua');
  writeFileSync(file, script(req));
  const args = ['-t', String(opts.threads ?? 1), '-c', String(opts.connections), '-d', `${opts.seconds}s`, '--latency', '-s', file, baseUrl + req.path];
  const { stdout } = opts.cpu === null ? await run('wrk', args) : await run('taskset', ['-c', String(opts.cpu), 'wrk', ...args]);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]);
  const p50 = toMs(/^\s+50%\s+(\S+)/m.exec(stdout)?.[1] ?? '');
  const p99 = toMs(/^\s+99%\s+(\S+)/m.exec(stdout)?.[1] ?? '');
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  const requests = Number(/(\d+) requests in/.exec(stdout)?.[1] ?? 0);
  if (!Number.isFinite(rps)) throw new Error(`wrk output not understood:\n${stdout}`);
  return { rps, p50, p99, non2xx, requests };
}
