// Starts the real API server (api/server.ts) as a child process pinned to one core, waits until it
// listens, and logs a demo account in for a session cookie.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  baseUrl: string;
  pid: number;
  login(username: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(env: Record<string, string>, cpu: number | null, log: (m: string) => void, nodeArgs: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const args = [...nodeArgs, '--import', 'tsx', 'api/server.ts'];
  const [cmd, argv] = cpu === null ? [process.execPath, args] : ['taskset', ['-c', String(cpu), process.execPath, ...args]];
  const child: ChildProcess = spawn(cmd, argv, {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_REQUESTS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const baseUrl = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    // A server that does not come up is stopped, so a failed case leaves no process behind.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in 300 s:\n${output}`));
    }, 300_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes(`localhost:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  log(`server pid ${child.pid} at ${baseUrl}${cpu === null ? '' : ` on cpu ${cpu}`}`);
  return {
    baseUrl,
    pid: child.pid!,
    async login(username, password = 'haidong-demo') {
      const r = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
      const cookie = r.headers.get('set-cookie');
      if (!cookie) throw new Error('login: no session cookie');
      return cookie.split(';')[0];
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(t);
    },
  };
}
