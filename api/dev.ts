import { spawn } from 'node:child_process';

/**
 * `npm run dev`: the API (with demo data, restarted on change by tsx watch) on :8080 and Vite with
 * hot reload on :5173, which proxies /api to it.
 */
const children = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'api/server.ts'], { stdio: 'inherit' }),
  spawn('npx', ['vite'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => code && code !== 0 && stop());
