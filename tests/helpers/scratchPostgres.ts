import { inject } from 'vitest';
import postgres from 'postgres';

/**
 * A new empty database on the run's PostgreSQL server (TEST_DATABASE_URL), for tests that need a
 * database of their own (restore targets, a fresh migration). Its drop is pushed onto `cleanups`,
 * which the test file runs in its afterAll.
 */
export async function scratchPostgres(name: string, cleanups: (() => Promise<void>)[]): Promise<string> {
  const adminUrl = inject('testPostgresUrl')!;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end({ timeout: 5 });
  cleanups.push(async () => {
    const again = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await again.unsafe(`drop database if exists ${name} with (force)`);
    await again.end({ timeout: 5 });
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
