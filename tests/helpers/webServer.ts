import { fileURLToPath } from 'node:url';
import { ensureClientBuilt } from '../../api/clientBuild';
import { getTestApp, type TestApp } from './testApp';

const root = fileURLToPath(new URL('../..', import.meta.url));
let web: Promise<TestApp> | undefined;

/**
 * The shared PGlite test app whose built web client (served at `/`) is up to date (for browser tests).
 * The client is built once, only when dist/ is older than web/.
 */
export function getWebApp(): Promise<TestApp> {
  web ??= (async () => {
    const app = await getTestApp('pglite');
    await ensureClientBuilt(root, () => {});
    return app;
  })();
  return web;
}
