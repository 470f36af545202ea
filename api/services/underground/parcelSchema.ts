import { z } from 'zod';
import type { MultiPolygon, Polygon } from 'geojson';
import { isIsoDate } from '../../domain/shared/calendarDate';
import { levelPattern } from '../../domain/underground/layerLevel';
import {
  parcelKinds,
  parcelStatuses,
  parcelUses,
  publicLandTypes,
  supplyMethods,
} from '../../domain/underground/vocabulary';

/** Counties of Haidong (DOMAIN.md); the central city (Art. 2) is 乐都区 and 平安区. */
export const haidongCountyCodes = ['630202', '630203', '630222', '630223', '630224', '630225'] as const;
// 东政办〔2023〕95号 Art. 2 (scope: 乐都区, 平安区, 河湟新区) and Art. 33 (other counties may refer).
export const centralCityCounties: readonly string[] = ['630202', '630203'];

export const isoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD', params: { zh: '日期应为有效的 YYYY-MM-DD', en: 'must be a valid date YYYY-MM-DD' } });
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
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(120),
  kind: z.enum(parcelKinds),
  publicLand: z.enum(publicLandTypes).nullable().optional(),
  countyCode: z.enum(haidongCountyCodes),
  townshipCode: z.string().regex(/^\d{9}$/).nullable().optional(),
  use: z.enum(parcelUses),
  supply: z.enum(supplyMethods),
  surfaceAllocated: z.boolean(),
  surfaceUnitPrice: nonNegative,
  publicParking: z.boolean(),
  civilAirDefence: z.boolean().default(false),
  wartimeUse: z.string().max(60).nullable().optional(),
  peacetimeUse: z.string().max(60).nullable().optional(),
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
  bbox: z.string().optional(),
  county: z.enum(haidongCountyCodes).optional(),
  level: z.enum(['semi', 'B1', 'B2+']).optional(),
  use: z.enum(parcelUses).optional(),
  status: z.enum(parcelStatuses).optional(),
  conflicts: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(5000),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ParcelListQuery = z.output<typeof parcelListQuery>;

export const parcelIdParam = z.object({ id: z.coerce.number().int().positive() });
