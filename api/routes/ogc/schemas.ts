import { z } from 'zod';
import { bboxParam } from '../shared/primitives';

/** Path of one collection. */
export const ogcCollectionParam = z.object({ collectionId: z.string().min(1).max(40) });
export const ogcItemParam = ogcCollectionParam.extend({ featureId: z.string().min(1).max(40) });

/** Language of titles and (with `labels=zh`) of attribute names. */
export const ogcLangQuery = z.looseObject({ lang: z.enum(['zh', 'en']).optional() });

/**
 * `/items` (OGC API – Features Part 1 §7.15): bbox in CRS84, limit (≤ 10,000), offset,
 * datetime; any further parameter named like an attribute of the collection is an equality
 * filter (§7.15.5), others (e.g. GDAL's `f=json`) are ignored. `labels=zh` names attributes in Chinese.
 */
export const ogcItemsQuery = z.looseObject({
  bbox: bboxParam().optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  datetime: z.string().max(60).optional(),
  labels: z.enum(['zh', 'en']).optional(),
});
export type OgcItemsQuery = z.output<typeof ogcItemsQuery>;

/** `/export`: the `/items` filters (bbox, datetime, attributes) without paging, and the file format. */
export const ogcExportQuery = z.looseObject({
  bbox: bboxParam().optional(),
  datetime: z.string().max(60).optional(),
  format: z.enum(['geojson', 'gpkg', 'shp']),
});
export type OgcExportQuery = z.output<typeof ogcExportQuery>;
