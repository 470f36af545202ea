import { Hono } from 'hono';
import type { AppEnv } from '../http/context';
import { route } from '../http/route';
import { demoEnabled } from '../env';
import { checkHealth, lastKnownPostgis } from '../services/system/checkHealth';
import { appVersion } from '../version';

export const systemRoutes = new Hono<AppEnv>()
  .get('/health', route({ summary: '健康检查 / health', tag: 'system', access: 'public' }), async (c) =>
    // Asks the database every time (cheap) so a load balancer sees an outage as 503.
    c.json({ status: 'ok' as const, db: c.var.dbKind, postgis: await checkHealth(c.var.db), version: appVersion }),
  )
  .get('/config', route({ summary: '客户端配置 / client configuration', tag: 'system', access: 'public' }), (c) =>
    c.json({
      version: appVersion,
      db: c.var.dbKind,
      postgis: lastKnownPostgis(),
      demo: demoEnabled(c.var.env),
      basemapStyleUrl: c.var.env.BASEMAP_STYLE_URL ?? null,
    }),
  );
