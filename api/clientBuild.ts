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
  // Vite takes the build's flavour from NODE_ENV. Started from the test runner (NODE_ENV=test)
  // it bundled React's development build, whose StrictMode runs every effect twice: each API
  // request of the first view went out twice, and `npm start` later served that bundle as it
  // was newer than web/. The served client is always the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', configFile: join(root, 'vite.config.ts'), mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
