import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { clientCacheControl, revalidate } from './http/caching';
import type { AppEnv } from './http/context';

/**
 * Serves the built client from dist/ at `/` (the build's .br/.gz twins when the browser accepts
 * them; hashed assets immutable, the rest revalidated — http/caching.ts), falling back to the SPA
 * shell for client routes.
 */
export function mountClient(app: Hono<AppEnv>, root: string): void {
  const dist = `${root.replace(/\/$/, '')}/dist`;
  let shell: string | undefined;
  app.use(
    '/*',
    serveStatic({
      root: dist,
      precompressed: true,
      onFound: (path, c) => {
        c.header('Cache-Control', clientCacheControl(path));
        c.header('Vary', 'Accept-Encoding');
      },
    }),
  );
  app.get('*', (c) => {
    shell ??= readFileSync(`${dist}/index.html`, 'utf8');
    c.header('Cache-Control', revalidate);
    return c.html(shell);
  });
}
