import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** `npm start` builds the client only when dist/ is missing or older than web/ sources. */
export async function ensureClientBuilt(root: string, log: (m: string) => void): Promise<void> {
  const index = join(root, 'dist', 'index.html');
  const sources = Math.max(newestMtime(join(root, 'web')), statSync(join(root, 'vite.config.ts')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  log('构建前端 / building the web client…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
}
