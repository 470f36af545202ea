import type { Database } from '../../../db/client';
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
 * Loads reference geography into an empty database (always) and, in demo mode, demo accounts
 * and every domain's synthetic data — all in one transaction, so a crash mid-way leaves an
 * empty database that the next start fills again.
 */
export async function prepareDatabase(database: Database, opts: PrepareOptions): Promise<{ seeded: boolean }> {
  const log = opts.log ?? (() => {});
  const needGeography = (await countCounties(database.db)) === 0;
  const needDemo = opts.demo && (await countUsers(database.db)) === 0;
  if (!needGeography && !needDemo) return { seeded: false };
  const started = Date.now();
  const geography = generateGeography({ seed: opts.seed, scale: opts.scale });
  await database.db.transaction(async (tx) => {
    if (needGeography) {
      log('载入参考地理数据 / loading reference geography…');
      await loadReferenceGeography(tx, geography);
    }
    if (needDemo) {
      log('创建演示账号 / creating demo accounts…');
      await createDemoAccounts(tx);
      const ctx: DemoContext = { seed: opts.seed, scale: opts.scale, geography, today: opts.today ?? new Date().toISOString().slice(0, 10), log };
      for (const seeder of demoSeeders) {
        const t0 = Date.now();
        await seeder.run(tx, ctx);
        log(`  ${seeder.name}: ${Date.now() - t0} ms`);
      }
    }
  });
  log(`数据准备完成 / data ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { seeded: true };
}
