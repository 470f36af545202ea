// A scratch PostgreSQL database with the real server running on it (the demo accounts and data at
// scale 0.05, pinned to cpu 1), for the cases that load their own rows beside the demo and measure
// through HTTP. Both are gone afterwards, also when the case throws.
import type { BenchContext } from './types';
import { createScratchDb, type ScratchDb } from './scratchDb';
import { startServer, type RunningServer } from './server';

export async function withScratchServer<T>(ctx: BenchContext, tag: string, use: (db: ScratchDb, server: RunningServer) => Promise<T>): Promise<T> {
  const db = await createScratchDb(ctx.pgUrl, tag, 10);
  try {
    const server = await startServer({ DATABASE_URL: db.url, DEMO: 'on', SCALE: '0.05' }, 1, ctx.log);
    try {
      return await use(db, server);
    } finally {
      await server.stop();
    }
  } finally {
    await db.drop();
  }
}
