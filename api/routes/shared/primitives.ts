import { z } from 'zod';
import { parseBbox, type Bbox, type ParseBboxOptions } from '../../domain/geo/bbox';
import { isIsoDate } from '../../domain/shared/calendarDate';
import { hasControlCharacter } from '../../domain/shared/controlCharacters';
import { decodeCursor, type PageKey } from '../../domain/shared/cursor';
import { exportFormats, geoExportFormats, sortDirections } from '../../domain/shared/table';

// The building blocks every area's boundary schemas share (api/routes/<area>/schemas.ts). A
// message in `params` is the bilingual reason shown after the field's name (parse.ts).

/** A real calendar date `YYYY-MM-DD` (2024-02-30 is refused). */
export const isoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD', params: { zh: '应为有效日期 YYYY-MM-DD', en: 'must be a real date YYYY-MM-DD' } });

/** A 6-digit administrative division code (GB/T 2260), e.g. 630202. */
export const countyCode = z.string().refine((v) => /^\d{6}$/.test(v), { params: { zh: '应为6位区划代码', en: 'must be a 6-digit division code' } });

/**
 * The one string schema of the API: refuses NUL and the other C0 controls (and DEL) with a 400
 * naming the field; `multiline` text keeps tab, LF and CR (issue 14: a U+0001 stored in a
 * report item broke the group's DOCX; a NUL reaching PostgreSQL was a 500).
 */
export const plainString = (multiline = false) =>
  z.string().refine((v) => !hasControlCharacter(v, multiline), {
    message: 'control character',
    params: multiline
      ? { zh: '含不允许的控制字符（如 NUL），请删除后重试', en: 'contains a control character (such as NUL); remove it and retry' }
      : { zh: '含控制字符或换行，请删除后重试', en: 'contains a control character or line break; remove it and retry' },
  });

/** Trimmed, non-empty text of at most `max` characters (one line unless `multiline`). */
export const text = (max: number, multiline = false) => plainString(multiline).trim().min(1).max(max);

/** `true` / `false` in a query string. */
export const queryFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A positive integer id in the path. */
export const idParam = z.object({ id: z.coerce.number().int().positive() });

/**
 * Keyset paging (api/domain/shared/cursor.ts): `cursor` is the `next` of the previous page; with it
 * `offset` must stay 0. Offset paging remains for tables that jump to page N of a small set.
 */
export const cursorParam = z.string().transform((raw, ctx): PageKey => {
  const key = decodeCursor(raw);
  if (key) return key;
  ctx.addIssue({ code: 'custom', message: 'not a cursor from this API: use the next link of the previous page', params: { zh: '不是本接口给出的游标：请使用上一页的 next 链接', en: 'not a cursor from this API: use the next link of the previous page' } });
  return z.NEVER;
});

/** Offset paging of a list; `max` bounds one page. */
export const paging = (defaultLimit: number, max: number) => ({
  limit: z.coerce.number().int().min(1).max(max).default(defaultLimit),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * `minLon,minLat,maxLon,maxLat` in a query string, parsed to a Bbox; a malformed one is a 400
 * naming the axis (e.g. `bbox[2]`).
 */
export const bboxParam = (options: Omit<ParseBboxOptions, 'field'> = {}) =>
  z.string().transform((raw, ctx): Bbox => {
    const r = parseBbox(raw, options);
    if (r.ok) return r.value;
    const axis = /\[(\d)\]$/.exec(r.error.field)?.[1];
    ctx.addIssue({ code: 'custom', path: axis === undefined ? [] : [Number(axis)], message: r.error.reason.en, params: r.error.reason });
    return z.NEVER;
  });

/** A list's sort (a sortable column's key; an unknown key falls back to the table's default) and direction. */
export const tableSort = {
  sort: z.string().max(40).optional(),
  dir: z.enum(sortDirections).optional(),
};

/** One page of a list tied to the map (api/domain/shared/table.ts). */
export const tablePaging = paging(50, 500);

/** The export of a list's filtered set. */
export const exportFormat = { format: z.enum(exportFormats) };
/** A list of map features also exports GeoPackage and zipped Shapefile (issue 12). */
export const geoExportFormat = { format: z.enum(geoExportFormats) };
