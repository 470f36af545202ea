// `npx tsx bench/sizes.ts [--scale 10]` — the measured sizes behind docs/SCALE.md: seeds a scratch
// PostgreSQL database with the demo data at the given scale, then prints rows per county for each
// table a Citus layout would distribute, and each table's on-disk size (pg_total_relation_size).
import { openDatabase, queryRows } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { prepareDatabase } from '../api/services/demo/prepareDatabase';
import { sql } from 'drizzle-orm';
import { createScratchDb } from './lib/scratchDb';

const scale = Number(process.argv[process.argv.indexOf('--scale') + 1] || 10);
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Tables keyed by county (directly or through their parent), as the sharding plan would distribute them. */
const byCounty: Record<string, string> = {
  gas_venues: 'select county_code as c, count(*)::int as n from gas_venues group by 1',
  gas_visits: 'select v.county_code as c, count(*)::int as n from gas_visits x join gas_venues v on v.id = x.venue_id group by 1',
  gas_hazards: 'select county_code as c, count(*)::int as n from gas_hazards group by 1',
  gas_hazard_transitions: 'select h.county_code as c, count(*)::int as n from gas_hazard_transitions t join gas_hazards h on h.id = t.hazard_id group by 1',
  edu_children: 'select county_code as c, count(*)::int as n from edu_children group by 1',
  edu_absences: 'select ch.county_code as c, count(*)::int as n from edu_absences a join edu_children ch on ch.id = a.child_id group by 1',
  edu_cases: 'select responsible_county_code as c, count(*)::int as n from edu_cases group by 1',
  edu_schools: 'select county_code as c, count(*)::int as n from edu_schools group by 1',
  underground_parcels: 'select county_code as c, count(*)::int as n from underground_parcels group by 1',
};

async function main() {
  const scratch = await createScratchDb(pgUrl, 'sizes', 4);
  const database = await openDatabase({ url: scratch.url, poolSize: 4 });
  try {
    const t0 = performance.now();
    await migrateDatabase(database);
    await prepareDatabase(database, { seed: 'haidong', scale, demo: true, log: (m) => console.error(m) });
    console.error(`seeded scale ${scale} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    const counties = new Set<string>();
    const table = new Map<string, Map<string, number>>();
    for (const [name, query] of Object.entries(byCounty)) {
      const rows = await queryRows<{ c: string; n: number }>(database.db, sql.raw(query)).catch(() => []);
      const m = new Map(rows.map((r) => [r.c, Number(r.n)]));
      for (const c of m.keys()) counties.add(c);
      table.set(name, m);
    }
    const cs = [...counties].sort();
    console.log(`| table | ${cs.join(' | ')} | total | size MB |`);
    console.log(`|---|${cs.map(() => '---:').join('|')}|---:|---:|`);
    for (const [name, m] of table) {
      const [size] = await queryRows<{ b: number }>(database.db, sql.raw(`select pg_total_relation_size('${name}')::bigint as b`));
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      console.log(`| ${name} | ${cs.map((c) => (m.get(c) ?? 0).toLocaleString('en-US')).join(' | ')} | ${total.toLocaleString('en-US')} | ${(Number(size?.b ?? 0) / 2 ** 20).toFixed(1)} |`);
    }
  } finally {
    await database.close();
    await scratch.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
