import type { Db } from '../../../db/client';
import { ogcItems } from '../../../db/repositories/ogcFeatures';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { ogcShpName, parseDatetime, propertyFilters, type OgcCollection } from '../../domain/geo/ogcCollections';
import type { Language } from '../../domain/shared/bilingual';
import { FieldError } from '../../domain/shared/domainError';
import type { TableDefinition } from '../../domain/shared/table';
import type { OgcExportQuery } from '../../routes/ogc/schemas';
import { assertExportable, exportRowLimit, tableFile } from '../shared/tableFile';
import { collectionFor } from './ogcAccess';

type Item = Awaited<ReturnType<typeof ogcItems>>['features'][number];

/** A collection as a table of its attributes (labels from ogcCollections.ts), each feature with its own geometry. */
function collectionTable(c: OgcCollection): TableDefinition<Item> {
  return {
    title: c.title,
    layer: c.id,
    id: (f) => f.id,
    geometry: (f) => f.geometry as never,
    defaultSort: { key: Object.keys(c.properties)[0]!, dir: 'asc' },
    columns: Object.entries(c.properties).map(([key, p]) => ({
      key,
      label: p.label,
      shpName: ogcShpName(key),
      numeric: p.type === 'integer' || p.type === 'number',
      cell: (f: Item, lang: Language) => {
        const v = f.properties[key];
        if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
        return typeof v === 'number' || typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);
      },
    })),
  };
}

/**
 * Every feature of a collection the caller may read, filtered like `/items` (bbox, datetime,
 * attribute equality), as GeoJSON, GeoPackage or zipped Shapefile (issue 12: visits and catchments
 * have no list of their own). Scoped like `/items`: an inspector's file holds the own district only.
 */
export async function exportOgcCollection(db: Db, user: SessionUser, collectionId: string, q: OgcExportQuery, lang: Language) {
  const { collection, scope } = collectionFor(user, collectionId);
  if (q.datetime !== undefined && !collection.temporal) {
    throw new FieldError('datetime', { zh: `集合 ${collection.id} 没有日期属性`, en: `collection ${collection.id} has no date` });
  }
  const filter = { scope, bbox: q.bbox, datetime: q.datetime === undefined ? undefined : parseDatetime(q.datetime), properties: propertyFilters(collection, q) };
  const { features, numberMatched } = await ogcItems(db, collection.id, collection.districtScoped, filter, { limit: exportRowLimit + 1, offset: 0 });
  assertExportable(numberMatched);
  return tableFile(collectionTable(collection), features, q.format, lang);
}
