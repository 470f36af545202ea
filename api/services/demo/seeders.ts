import type { Tx } from '../../../db/client';
import type { Geography } from '../../../data/generate/geography';

export interface DemoContext {
  seed: string;
  scale: number;
  geography: Geography;
  /** Reference date for synthetic histories (deadlines, absences); fixed for reproducibility. */
  today: string;
  log: (message: string) => void;
}

/** A domain's demo-data loader; runs inside the seeding transaction. */
export interface DemoSeeder {
  name: string;
  /** A table that is non-empty once this domain's demo data is in (seeding is resumable). */
  table: string;
  run(tx: Tx, ctx: DemoContext): Promise<void>;
  /** Called once `run`'s transaction has committed, e.g. to drop this process's caches. */
  committed?(): void;
}

/**
 * Domain seeders, in dependency order. Each domain appends its own loader in
 * api/services/demo/domainSeeders.ts.
 */
