// Fee quote under load: the real server on a scratch PostgreSQL database, pinned to cpu 1; wrk
// pinned to cpu 0. POST /api/underground/fee-quote (session cookie, validation, the fee engine)
// vs GET /api/health (one trivial database round trip) on the same server, interleaved, after a
// warm-up; medians of 3 runs each.
import { median } from '../lib/measure';
import { createScratchDb } from '../lib/scratchDb';
import { startServer } from '../lib/server';
import { wrk, type WrkResult } from '../lib/wrk';
import type { BenchCase } from '../lib/types';

const quoteBody = {
  supply: 'agreement', use: 'commercial', surfaceAllocated: false, publicParking: false, surfaceUnitPrice: 2000, date: '2024-05-01',
  layers: [
    { topDepth: -2.1, bottomDepth: 1.5, netHeight: 3.3, area: 1000 },
    { topDepth: 1.5, bottomDepth: 5.5, netHeight: 3.5, area: 1000 },
    { topDepth: 5.5, bottomDepth: 9.5, netHeight: 3.5, area: 1000 },
  ],
};

export const feeQuoteCase: BenchCase = {
  name: 'fee quote under load (wrk)',
  async run(ctx) {
    const db = await createScratchDb(ctx.pgUrl, 'fee', 1);
    const server = await startServer({ DATABASE_URL: db.url, DEMO: 'on', SCALE: '0.05' }, 1, ctx.log).catch(async (e) => {
      await db.drop();
      throw e;
    });
    try {
      const cookie = await server.login('planner');
      const check = await fetch(`${server.baseUrl}/api/underground/fee-quote`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(quoteBody) });
      if (check.status !== 200) throw new Error(`fee-quote answered ${check.status}: ${await check.text()}`);
      const seconds = ctx.quick ? 1 : 10;
      const warmup = ctx.quick ? 1 : 3;
      const opts = { seconds, connections: 50, cpu: 0 };
      const fee = { method: 'POST' as const, path: '/api/underground/fee-quote', body: quoteBody, cookie };
      const health = { method: 'GET' as const, path: '/api/health' };
      // Same session lookup as the fee quote, nothing else: splits the gap into auth and quote.
      const me = { method: 'GET' as const, path: '/api/auth/me', cookie };
      await wrk(server.baseUrl, fee, { ...opts, seconds: warmup });
      await wrk(server.baseUrl, health, { ...opts, seconds: warmup });
      const feeRuns: WrkResult[] = [];
      const healthRuns: WrkResult[] = [];
      const meRuns: WrkResult[] = [];
      for (let i = 0; i < 3; i++) {
        healthRuns.push(await wrk(server.baseUrl, health, opts));
        feeRuns.push(await wrk(server.baseUrl, fee, opts));
        meRuns.push(await wrk(server.baseUrl, me, opts));
      }
      const meRps = median(meRuns.map((r) => r.rps));
      const f = { rps: median(feeRuns.map((r) => r.rps)), p99: median(feeRuns.map((r) => r.p99)), bad: feeRuns.reduce((s, r) => s + r.non2xx, 0) };
      const h = { rps: median(healthRuns.map((r) => r.rps)), p99: median(healthRuns.map((r) => r.p99)), bad: healthRuns.reduce((s, r) => s + r.non2xx, 0) };
      ctx.log(`fee-quote ${f.rps.toFixed(0)} req/s p99 ${f.p99} ms (non-2xx ${f.bad}); health ${h.rps.toFixed(0)} req/s p99 ${h.p99} ms (non-2xx ${h.bad}); /api/auth/me ${meRps.toFixed(0)} req/s`);
      const verified = f.bad === 0 && h.bad === 0 ? 'PASS' : 'FAIL';
      return [
        {
          name: `fee quote POST vs GET /api/health, req/s (wrk 50 conns ${seconds} s, server cpu 1, wrk cpu 0)`,
          ours: f.rps, baseline: h.rps, unit: 'req/s', ratio: f.rps / h.rps, goal: { op: '>=', value: 0.6 }, verified,
          note: 'verified = no non-2xx responses',
        },
        {
          name: 'fee quote POST vs GET /api/health, p99 latency',
          ours: f.p99, baseline: h.p99, unit: 'ms', ratio: f.p99 / h.p99, goal: { op: '<=', value: 2 },
        },
        {
          name: 'fee quote POST vs GET /api/auth/me (same session lookup, no body, no engine), req/s',
          ours: f.rps, baseline: meRps, unit: 'req/s', ratio: f.rps / meRps,
        },
      ];
    } finally {
      await server.stop();
      await db.drop();
    }
  },
};
