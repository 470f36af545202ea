import postgres from 'postgres';
import type { TestProject } from 'vitest/node';

/**
 * When TEST_DATABASE_URL is given, the run creates its own PostgreSQL database and drops it at
 * the end; an unreachable server fails the run instead of skipping (issue 2).
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return;
  const name = `haidong_test_${process.pid}_${Date.now().toString(36)}`;
  // A connection per step, not one held for the whole run: fault tests restart the server.
  const connect = () => postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  const admin = connect();
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (err) {
    throw new Error(`TEST_DATABASE_URL is set but PostgreSQL is unreachable: ${(err as Error).message}`);
  } finally {
    await admin.end({ timeout: 1 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  project.provide('testPostgresUrl', url.toString());
  return async () => {
    const again = connect();
    try {
      await again.unsafe(`drop database if exists ${name} with (force)`);
    } finally {
      await again.end({ timeout: 5 });
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    testPostgresUrl: string | undefined;
  }
}
