import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../../db/client';
import { countUsers } from '../../../db/repositories/users';
import { countCounties } from '../../../db/repositories/geo';
import { generateGeography } from '../../../data/generate/geography';
import { loadReferenceGeography } from '../geo/loadReferenceGeography';
import { createDemoAccounts } from './demoAccounts';
import type { DemoContext } from './seeders';
import { demoSeeders } from './domainSeeders';

export interface PrepareOptions {
  seed: string;
  scale: number;
  demo: boolean;
  today?: string;
  log?: (message: string) => void;
}

/**
 * Loads reference geography into an empty database (always) and, in demo mode, every domain's
 * synthetic data and then the demo accounts. Each step is its own transaction and is skipped when
 * its data is already there, so a crash mid-way resumes on the next start; the accounts come last,
 * so "no accounts yet" means "demo data not complete".
 */
export async function prepareDatabase(database: Database, opts: PrepareOptions): Promise<{ seeded: boolean }> {
  const log = opts.log ?? (() => {});
  const needGeography = (await countCounties(database.db)) === 0;
  const needDemo = opts.demo && (await countUsers(database.db)) === 0;
  if (!needGeography && !needDemo) return { seeded: false };
  const started = Date.now();
  const geography = generateGeography({ seed: opts.seed, scale: opts.scale });
  if (needGeography) {
    log('载入参考地理数据 / loading reference geography…');
    await database.db.transaction((tx) => loadReferenceGeography(tx, geography));
  }
  if (needDemo) {
    const ctx: DemoContext = { seed: opts.seed, scale: opts.scale, geography, today: opts.today ?? new Date().toISOString().slice(0, 10), log };
    for (const seeder of demoSeeders) {
      if (await tableHasRows(database, seeder.table)) continue;
      const t0 = Date.now();
      await database.db.transaction((tx) => seeder.run(tx, ctx));
      seeder.committed?.();
      log(`  ${seeder.name}: ${Date.now() - t0} ms`);
    }
    log('创建演示账号 / creating demo accounts…');
    await database.db.transaction((tx) => createDemoAccounts(tx));
  }
  log(`数据准备完成 / data ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { seeded: true };
}

async function tableHasRows(database: Database, table: string): Promise<boolean> {
  const rows = await queryRows(database.db, sql`select 1 from ${sql.identifier(table)} limit 1`);
  return rows.length > 0;
}
