import type { Language } from '../shared/bilingual';
import type { OgcCollection } from './ogcCollections';

// The JSON documents of OGC API – Features – Part 1: Core (OGC 17-069r4), built from the
// collection definitions. `base` is the absolute URL of /api/ogc (GIS clients follow links).

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const geoJsonType = 'application/geo+json';

export const conformanceClasses = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  // The API definition at /api/ogc/api is OpenAPI 3.0 (§7.3, Requirements class "OpenAPI 3.0").
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
];

/** The media type of an OpenAPI 3.0 definition in JSON (OGC 17-069r4 §7.3.2). */
export const oas30Type = 'application/vnd.oai.openapi+json;version=3.0';

interface Link {
  href: string;
  rel: string;
  type: string;
  title?: string;
}

const json = 'application/json';

/** Landing page (§7.2). */
export function landingPage(base: string, lang: Language) {
  return {
    title: lang === 'zh' ? '海东市规划与督查地图 · 要素服务' : 'Haidong planning & inspection map · features',
    description: lang === 'zh' ? 'OGC API – Features（只读，按角色与片区范围）' : 'OGC API – Features (read-only, scoped by role and district)',
    links: [
      { href: base, rel: 'self', type: json, title: 'this document' },
      { href: `${base}/api`, rel: 'service-desc', type: oas30Type, title: 'API definition (OpenAPI 3.0)' },
      { href: base.replace(/\/ogc$/, '/docs'), rel: 'service-doc', type: 'text/html', title: 'API documentation' },
      { href: `${base}/conformance`, rel: 'conformance', type: json, title: 'conformance classes' },
      { href: `${base}/collections`, rel: 'data', type: json, title: 'collections' },
    ] satisfies Link[],
  };
}

/** One collection's description (§7.14), with the extent of what the caller may see. */
export function collectionDocument(base: string, lang: Language, c: OgcCollection, bbox: readonly number[], interval?: readonly (string | null)[]) {
  return {
    id: c.id,
    title: c.title[lang],
    itemType: 'feature',
    crs: [CRS84],
    extent: {
      spatial: { bbox: [bbox], crs: CRS84 },
      ...(interval ? { temporal: { interval: [interval], trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian' } } : {}),
    },
    links: [
      { href: `${base}/collections/${c.id}`, rel: 'self', type: json, title: c.title[lang] },
      { href: `${base}/collections/${c.id}/items`, rel: 'items', type: geoJsonType, title: c.title[lang] },
      { href: `${base}/collections/${c.id}/queryables`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables', type: 'application/schema+json', title: 'queryables' },
    ] satisfies Link[],
  };
}

/** The attributes as a JSON Schema with titles in the language asked for (Chinese attribute labels). */
export function queryablesDocument(base: string, lang: Language, c: OgcCollection) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${base}/collections/${c.id}/queryables`,
    type: 'object',
    title: c.title[lang],
    properties: Object.fromEntries(Object.entries(c.properties).map(([k, p]) => [k, { title: p.label[lang], type: p.type }])),
  };
}

/** Attribute keys renamed to their labels (`labels=zh`), for clients that show keys as column titles. */
export function labelledProperties(c: OgcCollection, lang: Language, properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [c.properties[k]?.label[lang] ?? k, v]));
}

/** The `/items` answer (§7.15.8): the page, its counts and next/prev links. `selfUrl` is the request URL. */
export function itemsDocument(
  selfUrl: string,
  base: string,
  c: OgcCollection,
  page: { features: unknown[]; numberMatched: number },
  q: { limit: number; offset: number },
  now: Date,
) {
  const link = (offset: number) => {
    const u = new URL(selfUrl);
    u.searchParams.set('offset', String(offset));
    u.searchParams.set('limit', String(q.limit));
    return u.toString();
  };
  const returned = page.features.length;
  const links: Link[] = [
    { href: selfUrl, rel: 'self', type: geoJsonType, title: 'this document' },
    { href: `${base}/collections/${c.id}`, rel: 'collection', type: json, title: c.id },
  ];
  if (q.offset + returned < page.numberMatched) links.push({ href: link(q.offset + returned), rel: 'next', type: geoJsonType, title: 'next page' });
  if (q.offset > 0) links.push({ href: link(Math.max(0, q.offset - q.limit)), rel: 'prev', type: geoJsonType, title: 'previous page' });
  return {
    type: 'FeatureCollection',
    features: page.features,
    numberMatched: page.numberMatched,
    numberReturned: returned,
    timeStamp: now.toISOString(),
    links,
  };
}
