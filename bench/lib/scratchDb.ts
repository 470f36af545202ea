// A throwaway PostgreSQL database per benchmark process (haidong_bench_<pid>_<tag>), with PostGIS.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';

export interface ScratchDb {
  url: string;
  sql: postgres.Sql;
  drop(): Promise<void>;
}

export async function createScratchDb(adminUrl: string, tag: string, poolSize = 4): Promise<ScratchDb> {
  const name = `haidong_bench_${process.pid}_${tag}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name}`);
  await admin.unsafe(`create database ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const sql = postgres(url, { max: poolSize, onnotice: () => {} });
  await sql.unsafe('create extension if not exists postgis');
  return {
    url,
    sql,
    async drop() {
      await sql.end({ timeout: 5 });
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** COPY tab-separated lines into a table, generated in chunks so memory stays flat. */
export async function copyLines(sql: postgres.Sql, target: string, count: number, line: (i: number) => string): Promise<void> {
  const stream = await sql.unsafe(`copy ${target} from stdin`).writable();
  function* chunks() {
    const size = 20_000;
    for (let i = 0; i < count; i += size) {
      let text = '';
      for (let k = i; k < Math.min(count, i + size); k++) text += line(k) + '\n';
      yield text;
    }
  }
  await pipeline(Readable.from(chunks()), stream);
}
