import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { openDatabase } from '../../../db/client';
import { findUserByUsername } from '../../../db/repositories/users';
import { verifyPassword } from '../../../api/services/auth/password';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'haidong-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], input?: string) => {
  const child = run('npx', ['tsx', 'api/cli/createAdmin.ts', ...args], { env: { ...process.env, DATA_DIR: join(dir, 'pglite'), DATABASE_URL: '' } });
  if (input !== undefined) child.child.stdin!.end(input);
  return child.then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );
};

test('admin:create refuses a password on the command line, refuses a weak one, reads a file or stdin without echo', async () => {
  expect((await cli(['--username', 'ops', '--password', 'Strong-Enough-Pass-1'])).code).not.toBe(0);
  const weak = join(dir, 'weak');
  writeFileSync(weak, 'short\n');
  expect((await cli(['--username', 'ops', '--password-file', weak])).code).toBe(2);
  const good = join(dir, 'good');
  writeFileSync(good, 'Strong-Enough-Pass-1\n');
  const made = await cli(['--username', 'ops', '--password-file', good]);
  expect(made.code, made.out).toBe(0);
  const piped = await cli(['--username', 'ops2'], 'Another-Strong-Pass-2\n');
  expect(piped.code, piped.out).toBe(0);
  expect(piped.out).not.toContain('Another-Strong-Pass-2');
  const db = await openDatabase({ dataDir: join(dir, 'pglite') });
  try {
    const ops = await findUserByUsername(db.db, 'ops');
    expect(ops?.role).toBe('admin');
    expect(await verifyPassword(ops!.passwordHash, 'Strong-Enough-Pass-1')).toBe(true);
    expect(await verifyPassword((await findUserByUsername(db.db, 'ops2'))!.passwordHash, 'Another-Strong-Pass-2')).toBe(true);
  } finally {
    await db.close();
  }
});
