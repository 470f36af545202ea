import { Hono, type Context } from 'hono';
import type { Language } from '../../domain/shared/bilingual';
import { collectionDocument, conformanceClasses, geoJsonType, itemsDocument, labelledProperties, landingPage, queryablesDocument } from '../../domain/geo/ogcDocuments';
import type { AppEnv } from '../../http/context';
import { download, mediaTypes } from '../../http/download';
import { route } from '../../http/route';
import { exportOgcCollection } from '../../services/geo/exportOgcCollection';
import { describeOgcCollections } from '../../services/geo/describeOgcCollections';
import { readOgcItem } from '../../services/geo/readOgcItem';
import { readOgcItems } from '../../services/geo/readOgcItems';
import { ogcCollectionParam, ogcExportQuery, ogcItemParam, ogcItemsQuery, ogcLangQuery } from './schemas';

// OGC API – Features – Part 1: Core under /api/ogc (issue 12), read-only, for GIS clients with an
// API token (Authorization: Bearer …) or a session. Every collection and feature is scoped like the
// app's own lists: by role, and for gas by the inspector's district; out of scope answers 404.

const ogc = { tag: 'ogc', access: 'any' } as const;

const baseOf = (c: Context) => `${new URL(c.req.url).origin}/api/ogc`;
const langOf = (c: Context<AppEnv>, asked?: Language): Language => asked ?? c.var.lang;
const geoJson = (c: Context, body: unknown) => c.body(JSON.stringify(body), 200, { 'Content-Type': geoJsonType });

export const ogcRoutes = new Hono<AppEnv>()
  .get('/', route({ ...ogc, summary: 'OGC API – Features 服务首页 / landing page', query: ogcLangQuery }), (c) =>
    c.json(landingPage(baseOf(c), langOf(c, c.req.valid('query').lang))),
  )
  .get('/conformance', route({ ...ogc, summary: 'OGC API – Features 符合性声明 / conformance classes' }), (c) => c.json({ conformsTo: conformanceClasses }))
  .get('/collections', route({ ...ogc, summary: '可读的要素集合（按角色） / the collections the caller may read', query: ogcLangQuery }), async (c) => {
    const base = baseOf(c);
    const lang = langOf(c, c.req.valid('query').lang);
    const described = await describeOgcCollections(c.var.db, c.var.user);
    return c.json({
      links: [{ href: `${base}/collections`, rel: 'self', type: 'application/json', title: 'collections' }],
      collections: described.map((d) => collectionDocument(base, lang, d.collection, d.bbox, d.interval)),
    });
  })
  .get(
    '/collections/:collectionId',
    route({ ...ogc, summary: '要素集合说明 / one collection', params: ogcCollectionParam, query: ogcLangQuery, responses: { '404': 'unknown or not readable by this role' } }),
    async (c) => {
      const [d] = await describeOgcCollections(c.var.db, c.var.user, c.req.valid('param').collectionId);
      return c.json(collectionDocument(baseOf(c), langOf(c, c.req.valid('query').lang), d!.collection, d!.bbox, d!.interval));
    },
  )
  .get(
    '/collections/:collectionId/queryables',
    route({ ...ogc, summary: '可筛选属性及中文/英文标签 / attributes with Chinese/English labels', params: ogcCollectionParam, query: ogcLangQuery, responses: { '404': 'unknown or not readable by this role' } }),
    async (c) => {
      const [d] = await describeOgcCollections(c.var.db, c.var.user, c.req.valid('param').collectionId);
      return c.json(queryablesDocument(baseOf(c), langOf(c, c.req.valid('query').lang), d!.collection));
    },
  )
  .get(
    '/collections/:collectionId/items',
    route({ ...ogc, summary: '要素（GeoJSON；bbox、datetime、属性筛选、分页） / features: bbox, datetime, attribute filters, paging', params: ogcCollectionParam, query: ogcItemsQuery, produces: geoJsonType, responses: { '404': 'unknown or not readable by this role' } }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await readOgcItems(c.var.db, c.var.user, c.req.valid('param').collectionId, q);
      const features = q.labels ? page.features.map((f) => ({ ...f, properties: labelledProperties(page.collection, q.labels!, f.properties) })) : page.features;
      return geoJson(c, itemsDocument(c.req.url, baseOf(c), page.collection, { features, numberMatched: page.numberMatched }, q, new Date()));
    },
  )
  .get(
    '/collections/:collectionId/export',
    route({ ...ogc, summary: '导出集合（GeoJSON / GeoPackage / Shapefile；与 items 同样的筛选和权限范围） / a collection as GeoJSON, GeoPackage or zipped Shapefile, filtered and scoped like items', params: ogcCollectionParam, query: ogcExportQuery, produces: mediaTypes.gpkg, responses: { '404': 'unknown or not readable by this role', '413': 'more features than one export holds' } }),
    async (c) => {
      const f = await exportOgcCollection(c.var.db, c.var.user, c.req.valid('param').collectionId, c.req.valid('query'), c.var.lang);
      return download(c, f.bytes, { type: mediaTypes[f.format], name: f.fileName });
    },
  )
  .get(
    '/collections/:collectionId/items/:featureId',
    route({ ...ogc, summary: '单个要素 / one feature', params: ogcItemParam, produces: geoJsonType, responses: { '404': 'missing or out of scope' } }),
    async (c) => {
      const { collectionId, featureId } = c.req.valid('param');
      const { feature } = await readOgcItem(c.var.db, c.var.user, collectionId, featureId);
      const base = baseOf(c);
      return geoJson(c, {
        ...feature,
        links: [
          { href: `${base}/collections/${collectionId}/items/${encodeURIComponent(featureId)}`, rel: 'self', type: geoJsonType },
          { href: `${base}/collections/${collectionId}`, rel: 'collection', type: 'application/json' },
        ],
      });
    },
  );
