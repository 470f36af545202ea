// `npm run bench [-- --only coverage,conflicts] [--scale 10] [--quick]`
// Runs each benchmark case, prints one table, and writes bench/results.json. Rows of cases that
// did not run this time (because of --only) are kept from the previous file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { goalMet, type BenchCase, type BenchRow } from './lib/types';

const cases: Record<string, () => Promise<BenchCase>> = {
  coverage: async () => (await import('./cases/coverage')).coverageCase,
  conflicts: async () => (await import('./cases/conflicts')).conflictsCase,
  crosscheck: async () => (await import('./cases/crossCheck')).crossCheckCase,
  maplayers: async () => (await import('./cases/mapLayers')).mapLayersCase,
  feequote: async () => (await import('./cases/feeQuote')).feeQuoteCase,
  hazards: async () => (await import('./cases/hazardList')).hazardListCase,
  browser: async () => (await import('./cases/browserMap')).browserMapCase,
  startup: async () => (await import('./cases/startup')).startupCase,
  tiles: async () => (await import('./cases/tiles')).tilesCase,
  firstview: async () => (await import('./cases/firstView')).firstViewCase,
};

function parseArgs(argv: string[]): { only: string[]; scale: number; quick: boolean } {
  let only = Object.keys(cases);
  let scale = 10;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') quick = true;
    else if (a === '--only') only = (argv[++i] ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    else if (a === '--scale') scale = Number(argv[++i]);
    else throw new Error(`unknown option ${a} (use --only a,b  --scale N  --quick)`);
  }
  const unknown = only.filter((n) => !(n in cases));
  if (unknown.length) throw new Error(`unknown case ${unknown.join(', ')}; cases: ${Object.keys(cases).join(', ')}`);
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  return { only, scale, quick };
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const a = Math.abs(n);
  if (a >= 1000) return Math.round(n).toLocaleString('en-US');
  if (a >= 10) return n.toFixed(1);
  if (a >= 0.01) return n.toFixed(3);
  return n.toPrecision(3);
}

export function table(rows: readonly BenchRow[]): string {
  const head = ['name', 'ours', 'baseline', 'unit', 'ratio', 'goal', 'met', 'check'];
  const body = rows.map((r) => {
    const met = goalMet(r);
    return [
      r.name,
      fmt(r.ours),
      fmt(r.baseline),
      r.unit,
      fmt(r.ratio),
      r.goal ? `${r.goal.op} ${r.goal.value}` : '',
      met === null ? '' : met ? 'yes' : 'NO',
      r.verified ?? '',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => [...b[i]].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)].join('\n');
}

async function main() {
  const { only, scale, quick } = parseArgs(process.argv.slice(2));
  // The one place the bench reads the environment.
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  // A smoke run must not overwrite the full-size figures the README quotes.
  const resultsPath = fileURLToPath(new URL(quick ? './results.quick.json' : './results.json', import.meta.url));
  const log = (m: string) => console.log(`[bench] ${m}`);
  // Other processes on the machine distort every figure; the load average is printed to show it.
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  log(`${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}, scale ${scale}${quick ? ', quick' : ''}, load average ${load()}`);

  const fresh = new Map<string, BenchRow[]>();
  let failed = false;
  for (const name of only) {
    const c = await cases[name]();
    log(`── ${c.name}`);
    const t0 = performance.now();
    try {
      fresh.set(name, await c.run({ scale, quick, pgUrl, log: (m) => log(`  ${m}`) }));
    } catch (err) {
      failed = true;
      log(`  ${name} FAILED: ${(err as Error).stack ?? err}`);
    }
    log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }

  const previous: (BenchRow & { case?: string })[] = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : [];
  const merged: (BenchRow & { case: string })[] = [];
  for (const name of Object.keys(cases)) {
    const rows = fresh.get(name) ?? previous.filter((r) => r.case === name);
    for (const r of rows) merged.push({ ...r, case: name });
  }
  writeFileSync(resultsPath, JSON.stringify(merged, null, 2) + '\n');
  console.log('\n' + table([...fresh.values()].flat()));
  const checks = [...fresh.values()].flat().filter((r) => r.verified);
  if (checks.length) console.log(`\nresult checks: ${checks.map((r) => `${r.name}: ${r.verified}`).join('; ')}`);
  console.log(`\nload average at the end: ${load()}; wrote ${resultsPath}`);
  if (failed || checks.some((r) => r.verified === 'FAIL')) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
