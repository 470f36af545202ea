import { z } from 'zod';
import type { MultiPolygon, Polygon } from 'geojson';
import { haidongExtent } from '../../domain/geo/haidongExtent';
import { levelPattern } from '../../domain/underground/layerLevel';
import {
  parcelKinds,
  parcelStatuses,
  parcelUses,
  publicLandTypes,
  supplyMethods,
} from '../../domain/underground/vocabulary';

import { countyCodes } from '../../domain/geo/vocabulary';
import { supportedCrs } from '../../domain/geo/crs';
import { parcelFileFields } from '../../domain/underground/parcelFile';
import { bboxParam, exportFormat, geoExportFormat, idParam, isoDate, paging, plainString, queryFlag, tablePaging, tableSort } from '../shared/primitives';

// Every boundary of the underground-space API (东政办〔2023〕95号), declared once; services and the
// web's forms take their types from here.

/** Who may read parcels: the roles with the 地下空间 menu. Writes: planners and admins only. */
export const parcelReaders = ['planner', 'official', 'admin'] as const;
export const parcelWriters = ['planner', 'admin'] as const;
const depth = z.number().finite();
const nonNegative = z.number().finite().nonnegative();

export const layerLevelSchema = z.string().regex(levelPattern, { message: 'semi | B1 | B2 …' });

/** One layer as the fee-quote API takes it (issue 3 contract). */
export const quoteLayerSchema = z.object({
  level: layerLevelSchema.optional(),
  topDepth: depth,
  bottomDepth: depth,
  netHeight: z.number().finite().positive(),
  area: nonNegative,
});

export const feeQuoteSchema = z.object({
  supply: z.enum(supplyMethods),
  use: z.enum(parcelUses),
  surfaceAllocated: z.boolean(),
  publicParking: z.boolean(),
  surfaceUnitPrice: nonNegative,
  date: isoDate.optional(),
  layers: z.array(quoteLayerSchema).min(1),
});
export type FeeQuoteBody = z.output<typeof feeQuoteSchema>;

/** A stored layer: projection area defaults to the footprint's area (Art. 3: horizontal projection). */
export const parcelLayerSchema = z.object({
  level: layerLevelSchema.optional(),
  topDepth: depth,
  bottomDepth: depth,
  netHeight: z.number().finite().positive(),
  projectionArea: nonNegative.optional(),
  floorArea: nonNegative.optional(),
  use: z.enum(parcelUses).optional(),
});

// Geometry is checked in detail by api/domain/geo/polygonValidation.ts in the service; here only
// its outline, so that the 400 for a bad ring names the exact coordinate path.
const footprintSchema = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  coordinates: z.array(z.unknown()).min(1),
});

export const parcelInputSchema = z.object({
  code: plainString().trim().min(1).max(40),
  name: plainString().trim().min(1).max(120),
  kind: z.enum(parcelKinds),
  publicLand: z.enum(publicLandTypes).nullable().optional(),
  /** Derived from the footprint (api/domain/geo/footprintPlace.ts); a given code must agree with it. */
  countyCode: z.enum(countyCodes).nullable().optional(),
  townshipCode: z.string().regex(/^\d{9}$/).nullable().optional(),
  use: z.enum(parcelUses),
  supply: z.enum(supplyMethods),
  surfaceAllocated: z.boolean(),
  surfaceUnitPrice: nonNegative,
  publicParking: z.boolean(),
  civilAirDefence: z.boolean().default(false),
  wartimeUse: plainString().max(60).nullable().optional(),
  peacetimeUse: plainString().max(60).nullable().optional(),
  status: z.enum(parcelStatuses),
  termStart: isoDate,
  surfaceUse: z.enum(parcelUses).nullable().optional(),
  surfaceTermYears: z.number().int().positive().max(70).nullable().optional(),
  footprint: footprintSchema,
  layers: z.array(parcelLayerSchema).min(1).max(12),
});
export type ParcelInputBody = z.output<typeof parcelInputSchema>;

/** A parcel after validation: the footprint is a checked, RFC 7946-wound geometry. */
export type ParcelInput = Omit<ParcelInputBody, 'footprint'> & { footprint: Polygon | MultiPolygon };

export const parcelListQuery = z.object({
  bbox: bboxParam({ mustIntersect: haidongExtent }).optional(),
  county: z.enum(countyCodes).optional(),
  level: z.enum(['semi', 'B1', 'B2+']).optional(),
  use: z.enum(parcelUses).optional(),
  status: z.enum(parcelStatuses).optional(),
  conflicts: queryFlag.optional(),
  ...paging(5000, 5000),
});
export type ParcelListQuery = z.output<typeof parcelListQuery>;

/** The parcel list tied to the map: the map's filter, a sort and a page (api/domain/underground/parcelTable.ts). */
const parcelFilter = parcelListQuery.pick({ bbox: true, county: true, level: true, use: true, status: true });
export const parcelTableQuery = parcelFilter.extend({ ...tableSort, ...tablePaging });
export type ParcelTableQuery = z.output<typeof parcelTableQuery>;
export const parcelExportQuery = parcelFilter.extend({ ...tableSort, ...geoExportFormat });
export type ParcelExportQuery = z.output<typeof parcelExportQuery>;

/** The 3D-conflict list: a sort and a page, or the whole list as a file. */
export const conflictTableQuery = z.object({ ...tableSort, ...tablePaging });
export type ConflictTableQuery = z.output<typeof conflictTableQuery>;
export const conflictExportQuery = z.object({ ...tableSort, ...exportFormat });
export type ConflictExportQuery = z.output<typeof conflictExportQuery>;

export const parcelIdParam = idParam;

/** The CRS the user picks for a file that declares none (`EPSG:4543`): only the shipped list (api/domain/geo/crs.ts). */
export const parcelImportCrs = z.object({
  crs: z.enum([...supportedCrs.keys()].map((code) => `EPSG:${code}`) as [string, ...string[]]).transform((v) => supportedCrs.get(Number(v.slice(5)))!),
});

/** The import's column mapping (a JSON text field): parcel field → the file's column header. */
export const parcelImportMapping = plainString().transform((v, ctx) => {
  try {
    return z.partialRecord(z.enum(parcelFileFields), plainString().min(1).max(200)).parse(JSON.parse(v));
  } catch {
    ctx.addIssue({ code: 'custom', message: 'mapping must be a JSON object of field → column', params: { zh: '列映射应为 JSON 对象（地块字段 → 列名）', en: 'must be a JSON object of parcel field → column' } });
    return z.NEVER;
  }
});
