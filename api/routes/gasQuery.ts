import { z } from 'zod';
import { parseBbox, type Bbox } from '../domain/geo/bbox';
import { districtCodes } from '../domain/gas/districts';
import { hazardCategories, hazardStatuses, severities, venueTypes } from '../domain/gas/vocabulary';
import { badRequest } from '../http/errors';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'YYYY-MM-DD' }).refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), {
  params: { zh: '不是有效日期（YYYY-MM-DD）', en: 'is not a valid date (YYYY-MM-DD)' },
});
export const idParam = z.object({ id: z.coerce.number().int().positive() });

const paging = {
  limit: z.coerce.number().int().min(1).max(50_000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
};

export const hazardQuery = z.object({
  status: z.enum(hazardStatuses).optional(),
  severity: z.enum(severities).optional(),
  category: z.enum(hazardCategories).optional(),
  countyCode: z.string().regex(/^\d{6}$/).optional(),
  district: z.enum(districtCodes).optional(),
  campaign: z.string().max(100).optional(),
  round: z.coerce.number().int().min(1).max(20).optional(),
  group: z.coerce.number().int().min(1).max(9).optional(),
  venueType: z.enum(venueTypes).optional(),
  venueId: z.coerce.number().int().positive().optional(),
  overdue: flag.optional(),
  bbox: z.string().optional(),
  ...paging,
});

export const venueQuery = z.object({
  district: z.enum(districtCodes).optional(),
  countyCode: z.string().regex(/^\d{6}$/).optional(),
  venueType: z.enum(venueTypes).optional(),
  q: z.string().max(100).optional(),
  bbox: z.string().optional(),
  ...paging,
});

export const clusterQuery = z.object({
  bbox: z.string(),
  zoom: z.coerce.number().min(0).max(22),
  venueType: z.enum(venueTypes).optional(),
});

/** The list's filters, with the view the map asks clusters for. */
export const hazardClusterQuery = hazardQuery.omit({ limit: true, offset: true, bbox: true }).extend({
  bbox: z.string(),
  zoom: z.coerce.number().min(0).max(22),
});

/** An optional `bbox` query value, as a 400 naming the axis when it is malformed. */
export function bboxOf(raw: string | undefined): Bbox | undefined {
  if (raw === undefined) return undefined;
  const r = parseBbox(raw);
  if (!r.ok) throw badRequest('validation_failed', { zh: `字段 ${r.error.field} 无效：${r.error.reason.zh}`, en: `Field ${r.error.field} ${r.error.reason.en}` }, r.error.field);
  return r.value;
}
