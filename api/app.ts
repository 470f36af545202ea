import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Database } from '../db/client';
import type { Env } from './env';
import type { AppEnv } from './http/context';
import { DomainError, tooLarge } from './domain/shared/domainError';
import { docsPage, docsScript, docsStyle } from './http/docsPage';
import { originGuard, securityHeaders } from './http/securityHeaders';
import { errorResponse, onError } from './http/onError';
import { openApiDocument } from './http/openapi';
import { oas30Type } from './domain/geo/ogcDocuments';
import { jsonGuard } from './http/jsonGuard';
import { nulGuard } from './http/nulGuard';
import { uploadGuard } from './http/uploadGuard';
import { authRoutes } from './routes/auth';
import { adminUserRoutes } from './routes/admin/users';
import { adminBackupRoutes } from './routes/admin/backups';
import { educationRoutes } from './routes/education/index';
import { gasRoutes } from './routes/gas/index';
import { geoRoutes } from './routes/geo';
import { importRoutes } from './routes/imports';
import { ogcRoutes } from './routes/ogc/index';
import { tileRoutes } from './routes/tiles/index';
import { searchRoutes } from './routes/search/index';
import { systemRoutes } from './routes/system';
import { undergroundRoutes } from './routes/underground/index';
import { mountClient } from './clientStatic';
import { compressResponses, layerETag } from './http/caching';
import { appVersion } from './version';

/** The API routes; `AppType` feeds the typed client in web/api/client.ts. */
export const apiRoutes = new Hono<AppEnv>()
  .route('/', systemRoutes)
  .route('/auth', authRoutes)
  .route('/admin', adminUserRoutes)
  .route('/admin', adminBackupRoutes)
  .route('/geo', geoRoutes)
  .route('/ogc', ogcRoutes)
  .route('/tiles', tileRoutes)
  .route('/education', educationRoutes)
  .route('/imports', importRoutes)
  .route('/gas', gasRoutes)
  .route('/underground', undergroundRoutes)
  .route('/search', searchRoutes);

export type AppType = typeof apiRoutes;

/** `clientRoot`: the project root whose dist/ holds the built web client, served at `/`. */
export function createApp(deps: { database: Database; env: Env; clientRoot?: string }) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('db', deps.database.db);
    c.set('dbKind', deps.database.kind);
    c.set('database', deps.database);
    if (deps.database.replicas) c.set('replicas', deps.database.replicas);
    c.set('env', deps.env);
    c.set('lang', /^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'zh');
    await next();
  });
  app.use('*', compressResponses);
  // Reference layers and the big map layers answer 304 to a repeated request (http/caching.ts).
  for (const path of ['/api/geo/*', '/api/ogc/*', '/api/underground/parcels', '/api/gas/venues', '/api/gas/hazards', '/api/education/schools']) app.use(path, layerETag);
  app.use('*', securityHeaders(deps.env.BASEMAP_STYLE_URL));
  app.use('/api/*', originGuard);
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.env.BODY_LIMIT_MB * 1024 * 1024,
      onError: () => {
        throw tooLarge();
      },
    }),
  );
  app.use('/api/*', nulGuard);
  app.use('/api/*', jsonGuard);
  app.use('/api/*', uploadGuard);
  app.route('/api', apiRoutes);
  // The API's own description, generated from the route declarations mounted above.
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(app.routes, appVersion)));
  // The OGC API's own definition in OpenAPI 3.0 (its landing page's service-desc; conformance `oas30`).
  app.get('/api/ogc/api', (c) =>
    c.body(JSON.stringify(openApiDocument(app.routes, appVersion, { dialect: '3.0', under: '/api/ogc' })), 200, { 'content-type': oas30Type }),
  );
  app.get('/api/docs', (c) => c.html(docsPage));
  app.get('/api/docs.js', (c) => c.body(docsScript, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/api/docs.css', (c) => c.body(docsStyle, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.all('/api/*', (c) =>
    errorResponse(c, new DomainError('not_found', 'not_found', { zh: '接口不存在', en: 'No such API route' })),
  );
  if (deps.clientRoot) mountClient(app, deps.clientRoot);
  app.onError(onError);
  return app;
}
