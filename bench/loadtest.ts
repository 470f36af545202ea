// `npm run loadtest [-- --duration 300] [--connections 50]`
// Mixed traffic on loopback against TWO API instances sharing one scratch PostgreSQL database:
// ≈80 % reads / 20 % writes across the three domains, logged-in sessions of every role, requests
// alternating between the instances. Reports unexpected non-2xx, 5xx, p99 and each server's RSS
// growth between minute 1 (or 20 % of a short run) and the end. Before the load: a session made
// on instance A must work on B, and a write on A must be readable on B (horizontal scaling).
// Servers are pinned to cpu 1, this load generator to cpu 0.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { areaGroups } from '../api/domain/gas/inspectionGroups';
import { hazardCategories } from '../api/domain/gas/vocabulary';
import { percentile } from './lib/measure';
import { createScratchDb } from './lib/scratchDb';
import { startServer, type RunningServer } from './lib/server';

type Req = { role: string; method: 'GET' | 'POST'; path: string; body?: () => unknown; write: boolean; accept?: number[] };

function args(argv: string[]) {
  let duration = 300;
  let connections = 50;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--duration') duration = Number(argv[++i]);
    else if (argv[i] === '--connections') connections = Number(argv[++i]);
    else throw new Error(`unknown option ${argv[i]} (use --duration S --connections N)`);
  }
  if (!(duration > 0 && connections > 0)) throw new Error('duration and connections must be positive');
  return { duration, connections };
}

/** Where the servers write heap figures and snapshots (api/memoryProbe.ts); gitignored. */
const probeDir = fileURLToPath(new URL('./soak', import.meta.url));

/** Asks a server for a forced GC, its heap figures and a heap snapshot; waits for them (≤ 120 s). */
async function probe(pid: number, n: number): Promise<{ heapUsed: number; rss: number; snapshot: string }> {
  process.kill(pid, 'SIGUSR2');
  const base = join(probeDir, `${pid}-${n}`);
  for (let i = 0; i < 1200 && !existsSync(`${base}.json`); i++) await new Promise((r) => setTimeout(r, 100));
  const m = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { heapUsed: number; rss: number };
  return { heapUsed: m.heapUsed / 2 ** 20, rss: m.rss / 2 ** 20, snapshot: `${base}.heapsnapshot` };
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const districtOf: Record<number, string> = Object.fromEntries(areaGroups.map((g) => [g.no, g.districtCode]));

async function call(server: RunningServer, cookie: string, method: string, path: string, body?: unknown) {
  const r = await fetch(server.baseUrl + path, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, text };
}

async function main() {
  const { duration, connections } = args(process.argv.slice(2));
  const log = (m: string) => console.log(`[loadtest] ${m}`);
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const db = await createScratchDb(pgUrl, 'load', 2);
  const servers: RunningServer[] = [];
  try {
    mkdirSync(probeDir, { recursive: true });
    const serverEnv = { DATABASE_URL: db.url, DEMO: 'on', SCALE: '0.05', MEMORY_PROBE_DIR: probeDir };
    servers.push(await startServer(serverEnv, 1, log, ['--expose-gc']));
    servers.push(await startServer(serverEnv, 1, log, ['--expose-gc']));
    const [a, b] = servers;
    const roles = ['planner', 'official', 'education', 'admin', ...[1, 2, 3, 4, 5, 6, 7].map((g) => `inspector${g}`)];
    const cookies = new Map<string, string>();
    for (const r of roles) cookies.set(r, await a.login(r));

    // Horizontal scaling: the session from A on B, a write on A read on B.
    const me = await call(b, cookies.get('inspector1')!, 'GET', '/api/auth/me');
    const venues = new Map<number, number[]>();
    for (let g = 1; g <= 7; g++) {
      const v = await call(a, cookies.get(`inspector${g}`)!, 'GET', `/api/gas/venues?district=${districtOf[g]}&limit=200`);
      venues.set(g, (JSON.parse(v.text) as { features: { id: number }[] }).features.map((f) => Number(f.id)));
    }
    const hazardBody = (g: number, i: number) => ({
      venueId: venues.get(g)![i % venues.get(g)!.length], category: hazardCategories[0], description: `压测隐患 load test ${i}`, severity: 'general',
      responsibleUnit: '示例单位', responsiblePerson: '示例', measures: '限期整改', deadline: '2030-12-31',
    });
    const created = await call(a, cookies.get('inspector1')!, 'POST', '/api/gas/hazards', hazardBody(1, 0));
    const createdId = (JSON.parse(created.text) as { id?: number }).id;
    const readBack = await call(b, cookies.get('inspector1')!, 'GET', `/api/gas/hazards/${createdId}`);
    const scaling = me.status === 200 && created.status === 201 && readBack.status === 200;
    log(`two instances: session A→B ${me.status}, write on A ${created.status}, read on B ${readBack.status} → ${scaling ? 'PASS' : 'FAIL'}`);
    if (created.status !== 201) log(`hazard create answered: ${created.text.slice(0, 300)}`);

    let seq = 0;
    const parcelBody = () => {
      const i = seq++;
      // A 20 m square on its own 50 m grid cell north of 乐都, so writes never conflict (409).
      const x = 102.30 + (i % 200) * 0.0006;
      const y = 36.60 + Math.floor(i / 200) * 0.00045;
      const d = 0.0002;
      return {
        code: `LT-${process.pid}-${i}`, name: `压测地块 ${i}`, kind: 'standalone', countyCode: '630202', use: 'commercial', supply: 'agreement',
        surfaceAllocated: false, surfaceUnitPrice: 2000, publicParking: false, status: 'planned', termStart: '2026-01-01',
        footprint: { type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] },
        layers: [{ topDepth: 0.5, bottomDepth: 5, netHeight: 4 }],
      };
    };
    const quote = { supply: 'agreement', use: 'commercial', surfaceAllocated: false, publicParking: false, surfaceUnitPrice: 2000, layers: [{ topDepth: 1.5, bottomDepth: 5.5, netHeight: 3.5, area: 1000 }] };
    const mix: { weight: number; req: () => Req }[] = [
      { weight: 20, req: () => { const g = 1 + (seq++ % 7); return { role: `inspector${g}`, method: 'GET', path: `/api/gas/hazards?limit=50&district=${districtOf[g]}`, write: false }; } },
      { weight: 10, req: () => ({ role: 'official', method: 'GET', path: '/api/gas/venues/clusters?bbox=101.5,35.5,103.1,37.0&zoom=9', write: false }) },
      { weight: 5, req: () => ({ role: 'official', method: 'GET', path: '/api/gas/major-board', write: false }) },
      { weight: 15, req: () => ({ role: 'planner', method: 'GET', path: '/api/underground/parcels?county=630202', write: false }) },
      { weight: 10, req: () => ({ role: 'planner', method: 'POST', path: '/api/underground/fee-quote', body: () => quote, write: false }) },
      { weight: 10, req: () => ({ role: 'education', method: 'GET', path: '/api/education/coverage/summary', write: false }) },
      { weight: 5, req: () => ({ role: 'official', method: 'GET', path: '/api/education/dropout-rates', write: false }) },
      { weight: 5, req: () => ({ role: 'admin', method: 'GET', path: '/api/auth/me', write: false }) },
      { weight: 8, req: () => { const g = 1 + (seq++ % 7); return { role: `inspector${g}`, method: 'POST', path: '/api/gas/hazards', body: () => hazardBody(g, seq++), write: true }; } },
      { weight: 6, req: () => { const g = 1 + (seq++ % 7); return { role: `inspector${g}`, method: 'POST', path: '/api/gas/visits', body: () => ({ venueId: venues.get(g)![seq++ % venues.get(g)!.length], inspectors: '压测组' }), write: true }; } },
      { weight: 6, req: () => ({ role: 'planner', method: 'POST', path: '/api/underground/parcels', body: parcelBody, write: true }) },
    ];
    const totalWeight = mix.reduce((s, m) => s + m.weight, 0);
    const pickReq = (i: number): Req => {
      let r = (i * 7919) % totalWeight;
      for (const m of mix) if ((r -= m.weight) < 0) return m.req();
      return mix[0].req();
    };

    // Warm each route once, then pin this process to cpu 0 and run.
    for (let i = 0; i < mix.length * 3; i++) {
      const q = mix[i % mix.length].req();
      const r = await call(a, cookies.get(q.role)!, q.method, q.path, q.body?.());
      if (r.status >= 300) log(`warm-up ${q.method} ${q.path} → ${r.status} ${r.text.slice(0, 200)}`);
    }
    execFileSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
    const stats = new Map<string, { n: number; bad: number; s5xx: number; ms: number[]; example?: string }>();
    const memory: { t: number; rss: number[] }[] = [];
    const t0 = performance.now();
    const until = t0 + duration * 1000;
    const sampler = setInterval(() => memory.push({ t: (performance.now() - t0) / 1000, rss: servers.map((s) => rssMb(s.pid)) }), 5000);
    // Live heap after a forced GC at minute 1 (20 % of a short run) and at the end, with snapshots.
    const probeAt = Math.min(60, duration * 0.2);
    // The load pauses for it (a heap snapshot stops the server for seconds) and the pause is not timed.
    let gate: Promise<void> | undefined;
    let inFlight = 0;
    let paused = 0;
    const early = new Promise<Awaited<ReturnType<typeof probe>>[]>((resolve, reject) =>
      setTimeout(() => {
        let open!: () => void;
        gate = new Promise((r) => (open = r));
        const p0 = performance.now();
        const drained = async () => {
          while (inFlight > 0) await new Promise((r) => setTimeout(r, 10));
        };
        drained()
          .then(() => Promise.all(servers.map((s) => probe(s.pid, 1))))
          .then(resolve, reject)
          .finally(() => {
            paused = performance.now() - p0;
            gate = undefined;
            open();
          });
      }, probeAt * 1000),
    );
    let counter = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until + paused) {
          if (gate) await gate;
          const i = counter++;
          const q = pickReq(i);
          const server = servers[i % servers.length];
          const key = `${q.method} ${q.path.split('?')[0]}`;
          const s = stats.get(key) ?? { n: 0, bad: 0, s5xx: 0, ms: [] };
          stats.set(key, s);
          const start = performance.now();
          let status = 0;
          let text = '';
          inFlight++;
          try {
            ({ status, text } = await call(server, cookies.get(q.role)!, q.method, q.path, q.body?.()));
          } catch (err) {
            text = (err as Error).message;
          } finally {
            inFlight--;
          }
          s.ms.push(performance.now() - start);
          s.n++;
          if (status < 200 || status >= 300) {
            s.bad++;
            s.example ??= `${status} ${text.slice(0, 200)}`;
          }
          if (status >= 500) s.s5xx++;
        }
      }),
    );
    clearInterval(sampler);
    memory.push({ t: duration, rss: servers.map((s) => rssMb(s.pid)) });
    const first = await early;
    const end = await Promise.all(servers.map((s) => probe(s.pid, 2)));
    execFileSync('taskset', ['-a', '-p', '-c', '0-1', String(process.pid)], { stdio: 'ignore' });

    const all = [...stats.values()];
    const n = all.reduce((s, x) => s + x.n, 0);
    const bad = all.reduce((s, x) => s + x.bad, 0);
    const s5xx = all.reduce((s, x) => s + x.s5xx, 0);
    const p99 = percentile(all.flatMap((x) => x.ms), 99);
    const reference = memory.find((m) => m.t >= Math.min(60, duration * 0.2)) ?? memory[0];
    const last = memory[memory.length - 1];
    const growth = reference.rss.map((r, k) => (last.rss[k] - r) / r);
    console.log('\n| route | requests | non-2xx | 5xx | p99 ms |\n|---|---|---|---|---|');
    for (const [k, s] of [...stats.entries()].sort()) console.log(`| ${k} | ${s.n} | ${s.bad} | ${s.s5xx} | ${percentile(s.ms, 99).toFixed(1)} |`);
    for (const [k, s] of stats) if (s.example) log(`${k}: e.g. ${s.example}`);
    const okBad = bad / n < 0.001;
    const heapGrowth = first.map((f, k) => (end[k]!.heapUsed - f.heapUsed) / f.heapUsed);
    const okMem = heapGrowth.every((g) => g < 0.1);
    console.log(`\n${n} requests in ${duration} s (${(n / duration).toFixed(0)} req/s, ${connections} connections, 2 instances): non-2xx ${bad} (${((bad / n) * 100).toFixed(3)} %) ${okBad ? 'PASS' : 'FAIL'}; 5xx ${s5xx} ${s5xx === 0 ? 'PASS' : 'FAIL'}; p99 ${p99.toFixed(1)} ms`);
    console.log(`server RSS MB at ${reference.t.toFixed(0)} s → end: ${reference.rss.map((r, k) => `${r.toFixed(0)} → ${last.rss[k].toFixed(0)} (${(growth[k] * 100).toFixed(1)} %)`).join(', ')} (not judged: includes uncollected garbage)`);
    console.log(`live heap MB after forced GC at ${probeAt.toFixed(0)} s → end: ${first.map((f, k) => `${f.heapUsed.toFixed(1)} → ${end[k]!.heapUsed.toFixed(1)} (${(heapGrowth[k]! * 100).toFixed(1)} %)`).join(', ')} ${okMem ? 'PASS' : 'FAIL'}; snapshots: ${[...first, ...end].map((p) => p.snapshot).join(' ')}`);
    console.log(`two-instance session/write check ${scaling ? 'PASS' : 'FAIL'}`);
    if (!(okBad && okMem && s5xx === 0 && scaling)) process.exitCode = 1;
  } finally {
    for (const s of servers) await s.stop();
    await db.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
