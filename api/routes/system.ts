import { Hono } from 'hono';
import { postgisVersion } from '../../db/client';
import type { AppEnv } from '../http/context';
import { docsPage } from '../http/docsPage';
import { documented, openApiDocument } from '../http/openapi';
import { appVersion } from '../version';
import { demoEnabled } from '../env';

documented({ method: 'get', path: '/api/health', summary: '健康检查 / health', tag: 'system', access: 'public' });
documented({ method: 'get', path: '/api/config', summary: '客户端配置 / client configuration', tag: 'system', access: 'public' });

let cachedPostgis: string | undefined;

export const systemRoutes = new Hono<AppEnv>()
  .get('/health', async (c) => {
    // Asks the database every time (cheap) so a load balancer sees an outage as 503.
    const postgis = await postgisVersion(c.var.db);
    cachedPostgis = postgis;
    return c.json({ status: 'ok' as const, db: c.var.dbKind, postgis, version: appVersion });
  })
  .get('/config', (c) =>
    c.json({
      version: appVersion,
      db: c.var.dbKind,
      postgis: cachedPostgis ?? null,
      demo: demoEnabled(c.var.env),
      basemapStyleUrl: c.var.env.BASEMAP_STYLE_URL ?? null,
    }),
  )
  .get('/openapi.json', (c) => c.json(openApiDocument(appVersion)))
  .get('/docs', (c) => c.html(docsPage));
