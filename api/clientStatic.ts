import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './http/context';

/** Serves the built client from dist/ at `/`, falling back to the SPA shell for client routes. */
export function mountClient(app: Hono<AppEnv>, root: string): void {
  const dist = `${root.replace(/\/$/, '')}/dist`;
  let shell: string | undefined;
  app.use('/*', serveStatic({ root: dist }));
  app.get('*', (c) => {
    shell ??= readFileSync(`${dist}/index.html`, 'utf8');
    return c.html(shell);
  });
}
