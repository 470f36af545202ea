import { Hono } from 'hono';
import { gunzipSync } from 'node:zlib';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { renderTile } from '../../services/geo/renderTile';
import { tileJson } from '../../services/geo/tileJson';
import { tileJsonParams, tileParams } from './schemas';

// Mapbox Vector Tiles 2.1 for the web map and GIS clients (issue 12), scoped like every read: a
// layer the role cannot read is 404, an inspector's tiles hold only the own district. Tiles depend
// on the caller, so they are `private` in HTTP caches.

const tiles = { tag: 'ogc', access: 'any' } as const;
const mvt = 'application/vnd.mapbox-vector-tile';

export const tileRoutes = new Hono<AppEnv>()
  .get('/:file', route({ ...tiles, summary: '矢量瓦片 TileJSON 3.0 / TileJSON of a tile layer', params: tileJsonParams, responses: { '404': 'layer not readable by this role' } }), (c) =>
    c.json(tileJson(c.var.user, { layer: c.req.valid('param').file, origin: new URL(c.req.url).origin, lang: c.var.lang })),
  )
  .get(
    '/:layer/:z/:x/:y',
    route({
      ...tiles,
      // Each instance caches tiles until the next write; a tile built on a lagging replica would stay stale.
      primary: true,
      summary: '矢量瓦片（MVT，gzip；空瓦片 204） / vector tile (MVT, gzip; empty → 204)',
      params: tileParams, produces: mvt, responses: { '204': 'no feature in this tile', '404': 'layer not readable by this role' } }),
    async (c) => {
      const { layer, z, x, y } = c.req.valid('param');
      const gz = await renderTile(c.var.db, c.var.user, { layer, z, x, y, dbKind: c.var.dbKind });
      // Revalidated every time: the server's own cache makes that cheap and a write shows at once.
      c.header('Cache-Control', 'private, no-cache');
      c.header('Vary', 'Accept-Encoding, Authorization, Cookie');
      if (!gz) return c.body(null, 204);
      c.header('Content-Type', mvt);
      if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
        c.header('Content-Encoding', 'gzip');
        return c.body(gz as Uint8Array<ArrayBuffer>);
      }
      return c.body(gunzipSync(gz) as Uint8Array<ArrayBuffer>);
    },
  );
