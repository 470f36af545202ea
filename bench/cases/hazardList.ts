// Hazard list at 1,000,000 rows on PostgreSQL (filters status, district, severity, bbox; limit 50).
// The real server (cpu 1) is loaded by wrk (cpu 0); the same SQL, captured from the repository
// through a drizzle logger, is replayed by a raw postgres.js loop (this process, pinned to cpu 0)
// at the same concurrency; then single-client latency with index and bitmap scans disabled, and
// the same statements on PGlite (in this process) loaded by the same generator SQL.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { openDatabase, type Db } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { hazardCollection } from '../../db/repositories/gasHazards';
import { readScope, haidongToday } from '../../api/services/gas/gasActor';
import { median, timeMedian } from '../lib/measure';
import { withScratchServer } from '../lib/scratchServer';
import { wrk, type WrkResult } from '../lib/wrk';
import { districtBoxes, hazardInsertSql, venueInsertSql, type DistrictBox } from '../lib/hazardData';
import type { BenchCase, BenchContext, BenchRow } from '../lib/types';

type Captured = { sql: string; params: unknown[] };

function pinSelf(cpus: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpus, String(process.pid)], { stdio: 'ignore' });
}

async function captureQueries(url: string, filter: Parameters<typeof hazardCollection>[2], page: Parameters<typeof hazardCollection>[4] = { limit: 50, offset: 0 }): Promise<Captured[]> {
  const captured: Captured[] = [];
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const db = drizzle(client, { logger: { logQuery: (q, params) => captured.push({ sql: q, params }) } }) as unknown as Db;
  const scope = readScope({ id: 0, username: 'official', role: 'official', groupNo: null, countyCode: null, mustChangePassword: false });
  await hazardCollection(db, scope, filter, haidongToday(), page);
  await client.end();
  return captured;
}

/** `concurrency` async loops, each running the captured statements in order, for `seconds`. */
async function rawLoop(sql: postgres.Sql, queries: Captured[], concurrency: number, seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        for (const q of queries) await sql.unsafe(q.sql, q.params as postgres.ParameterOrJSON<never>[]);
        done++;
      }
    }),
  );
  return done / seconds;
}

async function latency(run: (q: Captured) => Promise<unknown>, queries: Captured[], n: number): Promise<number> {
  const t = await timeMedian(async () => {
    for (const q of queries) await run(q);
  }, n, 1);
  return t.ms;
}


async function loadPglite(ctx: BenchContext, districts: DistrictBox[], venues: number, hazards: number) {
  const t0 = performance.now();
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(database);
  const { sql: raw } = await import('drizzle-orm');
  await database.db.execute(raw.raw(venueInsertSql(districts, venues)));
  await database.db.execute(raw.raw(hazardInsertSql(districts, hazards)));
  // VACUUM sets the visibility map, as autovacuum does after a bulk insert in service: the
  // list and its count are index-only scans on the covering list index (migration 0013).
  await database.db.execute(raw.raw('vacuum analyze gas_hazards'));
  ctx.log(`PGlite: migrated and loaded ${hazards.toLocaleString()} hazards in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return database;
}

export const hazardListCase: BenchCase = {
  name: 'gas hazard list at 1M rows',
  async run(ctx) {
    const hazards = ctx.quick ? 30_000 : 1_000_000;
    const venues = ctx.quick ? 2_000 : 50_000;
    return withScratchServer(ctx, 'hazards', async (db, server) => {
      const t0 = performance.now();
      const districts = await districtBoxes(db.sql);
      await db.sql.unsafe(venueInsertSql(districts, venues));
      await db.sql.unsafe(hazardInsertSql(districts, hazards));
      // As autovacuum would after the load: the visibility map makes the list index-only (0013).
      await db.sql.unsafe('vacuum analyze gas_hazards');
      await db.sql.unsafe('vacuum analyze gas_venues');
      const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from gas_hazards`;
      ctx.log(`PostgreSQL: ${n.toLocaleString()} hazards loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

      const d = districts[0];
      const [x0, y0, x1, y1] = d.box;
      const bbox: [number, number, number, number] = [x0 + (x1 - x0) / 4, y0 + (y1 - y0) / 4, x1 - (x1 - x0) / 4, y1 - (y1 - y0) / 4].map((v) => Math.round(v * 1e4) / 1e4) as [number, number, number, number];
      const filter = { status: 'found' as const, district: d.district, severity: 'major' as const, bbox };
      const path = `/api/gas/hazards?status=found&district=${d.district}&severity=major&bbox=${bbox.join(',')}&limit=50`;
      const cookie = await server.login('official');
      const check = await fetch(server.baseUrl + path, { headers: { cookie } });
      const body = (await check.json()) as { total: number; features: unknown[] };
      if (check.status !== 200) throw new Error(`hazard list answered ${check.status}: ${JSON.stringify(body)}`);
      ctx.log(`${path}: total ${body.total}, page ${body.features.length}`);
      const queries = await captureQueries(db.url, filter);
      for (const q of queries) {
        ctx.log(`SQL: ${q.sql.replace(/\s+/g, ' ').slice(0, 160)}…`);
        const plan = await db.sql.unsafe(`explain (analyze, costs off) ${q.sql}`, q.params as never[]);
        for (const line of plan) ctx.log(`    ${String(Object.values(line)[0])}`);
      }

      // Throughput: API under wrk vs the raw loop, both 50 concurrent clients, client on cpu 0.
      const seconds = ctx.quick ? 1 : 10;
      const req = { method: 'GET' as const, path, cookie };
      await wrk(server.baseUrl, req, { seconds: ctx.quick ? 1 : 3, connections: 50, cpu: 0 });
      const apiRuns: WrkResult[] = [];
      for (let i = 0; i < 3; i++) apiRuns.push(await wrk(server.baseUrl, req, { seconds, connections: 50, cpu: 0 }));
      const apiRps = median(apiRuns.map((r) => r.rps));
      const pool = postgres(db.url, { max: 10, onnotice: () => {} });
      pinSelf('0');
      let rawRps: number;
      try {
        await rawLoop(pool, queries, 50, 2);
        const rawRuns: number[] = [];
        for (let i = 0; i < 3; i++) rawRuns.push(await rawLoop(pool, queries, 50, seconds));
        rawRps = median(rawRuns);
      } finally {
        pinSelf(`0-${cpus().length - 1}`);
      }
      ctx.log(`API ${apiRps.toFixed(0)} req/s (non-2xx ${apiRuns.reduce((s, r) => s + r.non2xx, 0)}), raw loop ${rawRps.toFixed(0)} req/s`);

      // Latency, one client: with indexes, with index and bitmap scans off, and on PGlite.
      const indexed = await latency((q) => pool.unsafe(q.sql, q.params as never[]), queries, 20);
      const noIndex = postgres(db.url, { max: 1, onnotice: () => {}, connection: { enable_indexscan: 'off', enable_bitmapscan: 'off' } });
      const scanned = await latency((q) => noIndex.unsafe(q.sql, q.params as never[]), queries, 3);
      await noIndex.end();
      // EXPLAIN ANALYZE of the same statements: the database's own execution time, the floor for the API.
      let explained = 0;
      for (const q of queries) {
        const [plan] = await pool.unsafe(`explain (analyze, format json) ${q.sql}`, q.params as never[]);
        explained += Number((Object.values(plan!)[0] as { 'Execution Time': number }[])[0]!['Execution Time']);
      }
      // One client through the API, sequentially (the same session, the same filter).
      const apiOne = await timeMedian(async () => {
        const r = await fetch(server.baseUrl + path, { headers: { cookie } });
        await r.arrayBuffer();
      }, 30, 5);
      // A deep page of one district (after 5,000 rows; 1,000 in a quick run), by cursor vs by offset.
      const deepAt = ctx.quick ? 1000 : 5000;
      const deepFilter = { district: d.district };
      const deepOffset = await captureQueries(db.url, deepFilter, { limit: 50, offset: deepAt });
      const [cursorRow] = await pool<{ found_on: string; id: number }[]>`
        select to_char(found_on, 'YYYY-MM-DD') as found_on, id from gas_hazards where district_code = ${d.district}
        order by found_on desc, id desc offset ${deepAt - 1} limit 1`;
      const deepKeyset = cursorRow ? await captureQueries(db.url, deepFilter, { limit: 50, offset: 0, after: { value: cursorRow.found_on, id: Number(cursorRow.id) } }) : [];
      const pageOnly = (qs: Captured[]) => qs.filter((q) => q.sql.includes('json_agg'));
      const deepOffsetMs = await latency((q) => pool.unsafe(q.sql, q.params as never[]), pageOnly(deepOffset), 10);
      const deepKeysetMs = cursorRow ? await latency((q) => pool.unsafe(q.sql, q.params as never[]), pageOnly(deepKeyset), 10) : NaN;
      await pool.end();
      ctx.log(`latency: indexed ${indexed.toFixed(2)} ms, index scans off ${scanned.toFixed(0)} ms, EXPLAIN ANALYZE ${explained.toFixed(2)} ms, API one client ${apiOne.ms.toFixed(2)} ms; page after ${deepAt} rows: keyset ${deepKeysetMs.toFixed(2)} ms, offset ${deepOffsetMs.toFixed(2)} ms`);

      const rows: BenchRow[] = [
        {
          name: `hazard list ${hazards.toLocaleString('en-US')} rows: API req/s vs raw postgres.js loop of the same SQL (50 concurrent)`,
          ours: apiRps, baseline: rawRps, unit: 'req/s', ratio: apiRps / rawRps, goal: { op: '>=', value: 0.9 },
        },
        {
          name: `hazard list ${hazards.toLocaleString('en-US')} rows: latency with indexes vs enable_indexscan/bitmapscan off`,
          ours: indexed, baseline: scanned, unit: 'ms', ratio: scanned / indexed, goal: { op: '>=', value: 50 },
        },
        {
          name: `hazard list ${hazards.toLocaleString('en-US')} rows: one-client API median vs EXPLAIN ANALYZE execution time of the same statements`,
          ours: apiOne.ms, baseline: explained, unit: 'ms', ratio: apiOne.ms / explained, goal: { op: '<=', value: 3 },
        },
        {
          name: `hazard list ${hazards.toLocaleString('en-US')} rows: page after ${deepAt.toLocaleString('en-US')} rows of a district, keyset cursor vs offset (SQL, one client)`,
          ours: deepKeysetMs, baseline: deepOffsetMs, unit: 'ms', ratio: deepOffsetMs / deepKeysetMs,
        },
      ];
      try {
        const lite = await loadPglite(ctx, districts, venues, hazards);
        try {
          const { sql: raw } = await import('drizzle-orm');
          const pgliteMs = await latency((q) => lite.db.execute(raw.raw(inline(q))), queries, 20);
          ctx.log(`PGlite latency ${pgliteMs.toFixed(2)} ms`);
          rows.push({
            name: `hazard list ${hazards.toLocaleString('en-US')} rows: PGlite latency vs PostgreSQL (same statements, one client)`,
            ours: pgliteMs, baseline: indexed, unit: 'ms', ratio: pgliteMs / indexed, goal: { op: '<=', value: 3 },
          });
        } finally {
          await lite.close();
        }
      } catch (err) {
        ctx.log(`PGlite part failed: ${(err as Error).message}`);
      }
      return rows;
    });
  },
};

/** Parameters written into the statement as literals (PGlite through drizzle's raw execute). */
function inline(q: Captured): string {
  return q.sql.replace(/\$(\d+)/g, (_, i: string) => {
    const v = q.params[Number(i) - 1];
    if (typeof v === 'number') return String(v);
    return `'${String(v).replace(/'/g, "''")}'`;
  });
}
