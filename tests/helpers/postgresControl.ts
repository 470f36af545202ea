import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';

/** The local cluster that CI and this machine run (Debian: /etc/postgresql/<version>/main). */
const version = () => readdirSync('/etc/postgresql')[0]!;

export function stopPostgres(): void {
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version(), 'main', 'stop', '-m', 'immediate'], { stdio: 'ignore' });
}

export function startPostgres(): void {
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version(), 'main', 'start'], { stdio: 'ignore' });
  for (let i = 0; i < 60; i++) {
    try {
      execFileSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q']);
      return;
    } catch {
      execFileSync('sleep', ['0.5']);
    }
  }
  throw new Error('PostgreSQL did not come back');
}

/** Fault tests stop the shared server: they run only when FAULT_TESTS=1 (set by .ci/run). */
export const faultTestsEnabled = process.env.FAULT_TESTS === '1' && !!process.env.TEST_DATABASE_URL;

/** One statement on the test server over a short-lived connection (none is held across a restart). */
export async function adminStatement(statement: string): Promise<void> {
  const c = postgres(inject('testPostgresUrl')!, { max: 1, onnotice: () => {} });
  try {
    await c.unsafe(statement);
  } finally {
    await c.end({ timeout: 5 });
  }
}
